/*
 * Plain C reference for Backprop Studio's training throughput: the same loops as
 * engine/Propagation.java (dense layers, tanh hidden and output units, mse, mini-batch SGD,
 * batch 10, 500 samples of two inputs). Prints "NAME VALUE samples/s" like `bench`.
 * Build and run: cc -O2 -o /tmp/train_bench src/bench/c/train_bench.c -lm && /tmp/train_bench
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXL 16
#define MAXU 16

static uint64_t state = 88172645463325252ULL;
static double uniform(double lo, double hi) {
    state ^= state << 13; state ^= state >> 7; state ^= state << 17;
    return lo + (hi - lo) * ((state >> 11) * 0x1.0p-53);
}

typedef struct {
    int layers, fan[MAXL], units[MAXL];
    double w[MAXL][MAXU * MAXU], b[MAXL][MAXU];
    double gw[MAXL][MAXU * MAXU], gb[MAXL][MAXU];
    double z[MAXL][MAXU], a[MAXL][MAXU], e[MAXL][MAXU], d[MAXL][MAXU];
} net_t;

static void forward(net_t *n, const double *x) {
    const double *in = x;
    for (int l = 0; l < n->layers; l++) {
        int f = n->fan[l];
        for (int j = 0; j < n->units[l]; j++) {
            double s = n->b[l][j];
            for (int k = 0; k < f; k++) s += n->w[l][j * f + k] * in[k];
            n->z[l][j] = s;
            n->a[l][j] = tanh(s);
        }
        in = n->a[l];
    }
}

static void backward(net_t *n, const double *x, const double *y) {
    int last = n->layers - 1;
    for (int j = 0; j < n->units[last]; j++) {
        double a = n->a[last][j];
        n->e[last][j] = -(y[j] - a);
        n->d[last][j] = n->e[last][j] * (1 - a * a);
    }
    for (int l = last; l >= 0; l--) {
        int f = n->fan[l];
        const double *in = l == 0 ? x : n->a[l - 1];
        if (l > 0) for (int k = 0; k < f; k++) n->e[l - 1][k] = 0;
        for (int j = 0; j < n->units[l]; j++) {
            double dj = n->d[l][j];
            for (int k = 0; k < f; k++) {
                n->gw[l][j * f + k] += dj * in[k];
                if (l > 0) n->e[l - 1][k] += n->w[l][j * f + k] * dj;
            }
            n->gb[l][j] += dj;
        }
        if (l == 0) break;
        for (int k = 0; k < f; k++) {
            double a = n->a[l - 1][k];
            n->d[l - 1][k] = n->e[l - 1][k] * (1 - a * a);
        }
    }
}

static double run(int hidden, long steps) {
    static net_t n;
    memset(&n, 0, sizeof n);
    n.layers = hidden + 1;
    for (int l = 0; l < n.layers; l++) {
        n.fan[l] = l == 0 ? 2 : 8;
        n.units[l] = l == hidden ? 1 : 8;
        for (int i = 0; i < n.fan[l] * n.units[l]; i++) n.w[l][i] = uniform(-0.5, 0.5);
    }
    double x[500][2], y[500][1];
    for (int i = 0; i < 500; i++) {
        x[i][0] = uniform(-1, 1); x[i][1] = uniform(-1, 1);
        y[i][0] = x[i][0] * x[i][1] > 0 ? 1 : -1;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int cursor = 0;
    for (long s = 0; s < steps; s++) {
        for (int l = 0; l < n.layers; l++) {
            memset(n.gw[l], 0, sizeof n.gw[l]);
            memset(n.gb[l], 0, sizeof n.gb[l]);
        }
        for (int i = 0; i < 10; i++) {
            forward(&n, x[cursor]);
            backward(&n, x[cursor], y[cursor]);
            cursor = (cursor + 1) % 500;
        }
        for (int l = 0; l < n.layers; l++) {
            for (int i = 0; i < n.fan[l] * n.units[l]; i++) n.w[l][i] -= 0.01 * n.gw[l][i] / 10;
            for (int j = 0; j < n.units[l]; j++) n.b[l][j] -= 0.01 * n.gb[l][j] / 10;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9;
    if (!isfinite(n.w[0][0])) fprintf(stderr, "diverged\n");
    return steps * 10 / secs;
}

int main(void) {
    for (int r = 0; r < 3; r++) {
        printf("c.train.2-8-8-1 %.0f samples/s\n", run(2, 300000));
        printf("c.train.2-8x6-1 %.0f samples/s\n", run(6, 100000));
    }
    return 0;
}

#!/usr/bin/env bash
# Builds a self-contained app folder (its own Java runtime, no JDK needed to run it) with
# JDK 17's jpackage: target/dist/backprop-studio/bin/backprop-studio
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

version=0.1.0
input=target/jpackage-input

./mvnw -q -B -DskipTests package
rm -rf "$input" target/dist/backprop-studio
mkdir -p "$input/lib" target/dist
cp target/backprop-studio.jar "$input/"
cp target/lib/*.jar "$input/lib/"

# The runtime's JDK modules: what the module descriptors of JavaFX (java.desktop, java.xml,
# jdk.unsupported) and Jackson (java.logging; java.sql optional) ask for, plus locale data
# for Korean number formats.
modules=java.base,java.desktop,java.xml,java.logging,java.sql,jdk.unsupported,jdk.localedata

jpackage --type app-image \
    --name backprop-studio \
    --app-version "$version" \
    --vendor "Backprop Studio" \
    --description "See a neural network learn by backpropagation" \
    --input "$input" \
    --main-jar backprop-studio.jar \
    --main-class org.backpropstudio.Launcher \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-header-files --no-man-pages --include-locales=en,ko" \
    --dest target/dist

echo "app image: target/dist/backprop-studio (run bin/backprop-studio); runtime modules: $modules"

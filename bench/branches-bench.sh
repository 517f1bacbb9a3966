#!/usr/bin/env bash
# Benchmark of gupcheck branches: cold and warm cache, demo and synthetic repositories.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/gupcheck.jar ] || mvn -B -q package -DskipTests
java -cp target/gupcheck.jar bench/BranchesBench.java

// Timing of MLP inference at a deployment precision: what `tern-cli bench mlp --mode infer` reports and
// tests/bench/bench_qgemm.cpp tabulates. An MLP of the given widths (ReLU between layers) gets random weights, is
// quantised with quant::quantize (calibrated on random rows), and its layers run back to back on the inference
// kernels (qgemm.h) for S passes of a batch of N rows after a warm-up.
#pragma once

#include "engine/quant/precision.h"
#include "engine/quant/qgemm.h"

#include <string>
#include <vector>

namespace tern::quant {

struct InferBenchOptions {
    int batch = 256;
    std::vector<int> layers;  // C, H1, ..., K
    Precision precision = Precision::fp32;
    int steps = 100;
    int threads = 0;  // 0: OpenMP default
    int warmup = 3;
    double residual_fraction = 1.0;  // ternary: share of residual blocks kept
    TernaryMethod ternary = TernaryMethod::automatic;
};

struct InferBenchResult {
    double seconds = 0, steps_per_s = 0, rows_per_s = 0;
    double gflops = 0;         // useful operations: 2 * N * sum(C * K) per pass, whatever the precision
    double peak_gflops = 0;    // this machine's peak for the precision's arithmetic
    std::string peak_formula;
    std::string isa;           // detected instruction sets
    std::string path;          // the kernels, layer by layer
    std::int64_t multiplies_per_row = 0;
    std::int64_t size_bytes = 0;
};

// Throws InputError for bad options.
InferBenchResult measure_inference(const InferBenchOptions& options);

}  // namespace tern::quant

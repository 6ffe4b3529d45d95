// Timing of MLP training steps or inference passes on random data: what `tern-cli bench mlp` reports and what
// tests/bench/bench_mlp.cpp tabulates. A training step is forward, softmax cross-entropy, backward and the fused
// SGD update; with noise-aware training, also the weight noise added before the forward pass and taken off after the
// update.
#pragma once

#include "engine/kernels/context.h"
#include "engine/nn/noise.h"

#include <string>
#include <vector>

namespace tern::nn {

struct ThroughputOptions {
    int batch = 64;
    std::vector<int> layers;  // C, H1, ..., K
    bool train = true;
    kernels::Precision precision = kernels::Precision::fp32;
    kernels::Backend backend = kernels::Backend::libxsmm;
    int steps = 100;
    int threads = 0;    // 0: OpenMP default
    int warmup = 3;
    NoiseTarget noise = NoiseTarget::none;  // training only
};

struct ThroughputResult {
    double seconds = 0, steps_per_s = 0, rows_per_s = 0, gflops = 0;
    kernels::Peak peak;
    std::string isa, path;
    double flops_per_step = 0;
};

// Throws InputError for bad options.
ThroughputResult measure_throughput(const ThroughputOptions& options);

}  // namespace tern::nn

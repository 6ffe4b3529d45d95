// The one oneDNN CPU engine of the process, shared by the training layers (dense_onednn.cpp) and the quantised
// inference kernels (engine/quant/onednn_gemm.cpp), so primitives and packed weights live on the same engine.
#pragma once

#include <oneapi/dnnl/dnnl.hpp>

namespace tern::kernels {

dnnl::engine& onednn_engine();

}  // namespace tern::kernels

#include "engine/kernels/onednn_engine.h"

namespace tern::kernels {

dnnl::engine& onednn_engine()
{
    static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    return engine;
}

}  // namespace tern::kernels

// Backend selection and the block sizes each backend wants.
#include "engine/kernels/dense.h"
#include "engine/core/error.h"
#include "engine/kernels/dense_libxsmm.h"
#include "engine/kernels/dense_onednn.h"
#include "engine/kernels/dense_reference.h"

namespace tern::kernels {

int batch_block(Backend backend, int n) { return backend == Backend::libxsmm ? choose_block(n) : n; }
int feature_block(Backend backend, int dim) { return backend == Backend::libxsmm ? choose_block(dim) : dim; }

std::unique_ptr<DenseLayer> make_dense(Backend backend, const DenseSpec& spec, const Context& ctx)
{
    if (spec.n <= 0 || spec.c <= 0 || spec.k <= 0)
        throw InputError("dense layer needs positive sizes (batch " + std::to_string(spec.n) + ", inputs " +
                         std::to_string(spec.c) + ", outputs " + std::to_string(spec.k) + ")");
    switch (backend) {
    case Backend::reference: return make_reference_dense(spec);
    case Backend::libxsmm: return make_libxsmm_dense(spec, ctx);
    case Backend::onednn: return make_onednn_dense(spec, ctx);
    }
    throw InputError("unknown backend");
}

}  // namespace tern::kernels

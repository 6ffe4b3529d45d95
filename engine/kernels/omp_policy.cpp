#include "engine/kernels/omp_policy.h"

#include "engine/core/openmp_environment.h"

#include <cstdlib>

namespace tern::kernels {

void ensure_passive_wait_policy()
{
    if (std::getenv("GOMP_SPINCOUNT") || std::getenv("TERN_KEEP_OMP_POLICY"))
        return;
    ensure_openmp_environment({{"OMP_WAIT_POLICY", "PASSIVE"}});
}

}  // namespace tern::kernels

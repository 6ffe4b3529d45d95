// tern: the desktop application. Everything of substance lives in tern_ui.
#include "engine/kernels/omp_policy.h"
#include "ui/application.h"

int main(int argc, char** argv)
{
    // Spinning OpenMP waits make fits up to 100x slower on a busy machine (engine/kernels/omp_policy.h).
    tern::kernels::ensure_passive_wait_policy();
    return tern::ui::run_application(argc, argv);
}

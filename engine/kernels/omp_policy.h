// libgomp reads its wait policy once, when it loads, and by default spins ~300k iterations before sleeping. On a
// shared, oversubscribed machine every parallel region then waits for a descheduled spinner: a small MLP training
// step ran 200x slower (4 vs 810 steps/s) on a busy 2-core box. Benchmark programs call this first thing: unless the
// user chose a policy (OMP_WAIT_POLICY, GOMP_SPINCOUNT) or set TERN_KEEP_OMP_POLICY=1, the process re-executes
// itself with OMP_WAIT_POLICY=PASSIVE.
#pragma once

namespace tern::kernels {

// Returns only when no re-execution was needed or it failed.
void ensure_passive_wait_policy();

}  // namespace tern::kernels

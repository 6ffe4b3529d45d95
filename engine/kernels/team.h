// When work runs on the OpenMP team and when on the calling thread alone. A region that is not worth waking the team
// for must not be entered at all: `#pragma omp parallel if (false)` still makes libgomp build and free a one-thread
// team and wake a futex, which took longer than a one-row layer's arithmetic (a ternary 8-128-128-3 network on one
// row: 3.6 us per pass inside such regions, 0.76 us without them).
#pragma once

namespace tern::kernels {

// body(r) for every r in [0, rows): shared by the team when `parallel`, else in order on the calling thread.
template <typename Body>
void for_rows(int rows, bool parallel, Body&& body)
{
    if (!parallel) {
        for (int r = 0; r < rows; ++r) body(r);
        return;
    }
#pragma omp parallel for schedule(static)
    for (int r = 0; r < rows; ++r) body(r);
}

// body() on every thread of a parallel region when `parallel`, else once on the calling thread outside any region
// (orphaned barriers and worksharing in body then see a team of one).
template <typename Body>
void on_team(bool parallel, Body&& body)
{
    if (!parallel) {
        body();
        return;
    }
#pragma omp parallel
    body();
}

}  // namespace tern::kernels

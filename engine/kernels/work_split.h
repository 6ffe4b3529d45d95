// How a dense layer shares one GEMM's grid of output blocks among the OpenMP team, and in which order a thread
// visits its blocks. Each thread owns a contiguous range of "rows" (the blocks whose operand panel it keeps in its
// private L2 cache) and sweeps the "columns" outside them: on this class of CPU a tile load that misses L2 runs 5-10x
// slower than one that hits it, so the panel that is reused must stay resident while the other one streams.
#pragma once

namespace tern::kernels {

struct GridShare {
    int r0 = 0, r1 = 0;  // this thread's rows [r0, r1)
    int c0 = 0, c1 = 0;  // and columns [c0, c1)
    bool empty() const { return r0 >= r1 || c0 >= c1; }
};

// Splits a rows x cols grid among `parts` threads: rows when there are at least as many rows as threads (and they
// divide evenly, or columns do not), else columns, else both.
GridShare share_grid(int rows, int cols, int part, int parts);

// Rows per chunk so that a chunk's panels (panel_bytes each) fit in `budget_bytes`, at least one.
int rows_per_chunk(long panel_bytes, long budget_bytes);

// Visits the (row, col) blocks of a share: chunks of rows resident, all columns swept per chunk.
template <typename Body>
void for_each_block(const GridShare& s, int chunk, Body&& body)
{
    for (int r0 = s.r0; r0 < s.r1; r0 += chunk) {
        const int r1 = r0 + chunk < s.r1 ? r0 + chunk : s.r1;
        for (int c = s.c0; c < s.c1; ++c)
            for (int r = r0; r < r1; ++r) body(r, c);
    }
}

}  // namespace tern::kernels

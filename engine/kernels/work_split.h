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

// Blocks of the reduced dimension per pass: as many as fill a quarter of the L2 budget with one row's panel
// (row_block_bytes per reduced block), so that several rows stay resident while the other operand streams; all of
// them (`total`) when they fit. On a 2048-wide FP32 layer passes of 1024 inputs ran ~5 % faster than one pass over
// 2048, on a 4096-wide one ~25 % faster (bench_mlp, one thread).
int reduction_chunk(int total, long row_block_bytes, long budget_bytes);

// As for_each_block, with the reduction over `total` blocks cut into passes of `chunk_red` blocks: body(r, c, first,
// count) reduces blocks [first, first + count) into block (r, c). A chunk of rows stays resident through every pass;
// its output blocks are revisited once per pass.
template <typename Body>
void for_each_block_reduced(const GridShare& s, int chunk, int total, int chunk_red, Body&& body)
{
    for (int r0 = s.r0; r0 < s.r1; r0 += chunk) {
        const int r1 = r0 + chunk < s.r1 ? r0 + chunk : s.r1;
        for (int q0 = 0; q0 < total; q0 += chunk_red) {
            const int count = q0 + chunk_red < total ? chunk_red : total - q0;
            for (int c = s.c0; c < s.c1; ++c)
                for (int r = r0; r < r1; ++r) body(r, c, q0, count);
        }
    }
}

}  // namespace tern::kernels

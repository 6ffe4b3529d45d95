// Grid partition of the dense layers' GEMMs.
#include "engine/kernels/work_split.h"

namespace tern::kernels {

namespace {
// [begin, end) of part `i` when n items are dealt to `parts` as evenly as possible.
void deal(int n, int i, int parts, int& begin, int& end)
{
    const int base = n / parts, extra = n % parts;
    begin = i * base + (i < extra ? i : extra);
    end = begin + base + (i < extra ? 1 : 0);
}
}  // namespace

GridShare share_grid(int rows, int cols, int part, int parts)
{
    GridShare s;
    if (parts <= 1) return {0, rows, 0, cols};
    // Thread grid tr x tc with tr * tc = parts: the one whose busiest thread has the fewest blocks; among equals,
    // the most row parts (each thread then keeps the fewest panels resident).
    int tr = 1;
    long best = -1;
    for (int d = parts; d >= 1; --d) {
        if (parts % d) continue;
        const long busiest = long((rows + d - 1) / d) * ((cols + parts / d - 1) / (parts / d));
        if (best < 0 || busiest < best) best = busiest, tr = d;
    }
    const int tc = parts / tr;
    deal(rows, part / tc, tr, s.r0, s.r1);
    deal(cols, part % tc, tc, s.c0, s.c1);
    return s;
}

int rows_per_chunk(long panel_bytes, long budget_bytes)
{
    if (panel_bytes <= 0) return 1 << 30;
    const long n = budget_bytes / panel_bytes;
    return n < 1 ? 1 : n > (1 << 30) ? (1 << 30) : int(n);
}

int reduction_chunk(int total, long row_block_bytes, long budget_bytes)
{
    const long pass_bytes = budget_bytes / 4;
    if (row_block_bytes <= 0 || long(total) * row_block_bytes <= pass_bytes) return total;
    const long fit = pass_bytes / row_block_bytes;
    return fit < 1 ? 1 : fit > total ? total : int(fit);
}

}  // namespace tern::kernels

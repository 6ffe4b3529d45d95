// Block-size choice and layout copies.
#include "engine/kernels/blocking.h"

#include <algorithm>
#include <cstring>

namespace tern::kernels {

// 64 first: libxsmm 1.17 fp32 batch-reduce blocks of 64 x 64 ran ~195 GFLOP/s on one core with data in L2, 32 x 64
// ~180; a 128 batch block would make backward by data's M 128 (~165, or ~155 as two 64-row halves).
int choose_block(int dim)
{
    if (dim <= 64) return dim;
    for (int b : {64, 32, 48})
        if (dim % b == 0) return b;
    int best = 1;
    for (int b = 64; b >= 1; --b)
        if (dim % b == 0) { best = b; break; }
    // A prime-ish dimension: a few large blocks beat many tiny ones; 256 keeps a block in L2.
    if (best < 8 && dim <= 256) return dim;
    if (best < 8)
        for (int b = 256; b > 64; --b)
            if (dim % b == 0) return b;
    return best;
}

void pack(const float* row_major, float* blocked, const Blocking& b)
{
    for (int r = 0; r < b.n; ++r)
        for (int j = 0; j < b.cb(); ++j)
            std::memcpy(blocked + b.at(r, j * b.bc), row_major + static_cast<long>(r) * b.c + j * b.bc,
                        sizeof(float) * b.bc);
}

void unpack(const float* blocked, float* row_major, const Blocking& b)
{
    for (int r = 0; r < b.n; ++r)
        for (int j = 0; j < b.cb(); ++j)
            std::memcpy(row_major + static_cast<long>(r) * b.c + j * b.bc, blocked + b.at(r, j * b.bc),
                        sizeof(float) * b.bc);
}

}  // namespace tern::kernels

// The blocked activation layout of the batch-reduce kernels: an N x C matrix stored as [N/bn][C/bc][bn][bc], so
// that every (row block, column block) is one contiguous bn x bc tile. bn = N and bc = C is plain row-major, which
// is what the reference and oneDNN paths use: code written against Blocking works with every backend.
#pragma once

#include <cstddef>

namespace tern::kernels {

struct Blocking {
    int n = 0, c = 0;    // rows (batch), columns (features)
    int bn = 1, bc = 1;  // block sizes; they divide n and c

    int nb() const { return n / bn; }
    int cb() const { return c / bc; }
    long size() const { return static_cast<long>(n) * c; }
    long block_elems() const { return static_cast<long>(bn) * bc; }
    // Offset of block (i, j) and of element (r, col).
    long block(int i, int j) const { return (static_cast<long>(i) * cb() + j) * block_elems(); }
    long at(int r, int col) const { return block(r / bn, col / bc) + static_cast<long>(r % bn) * bc + col % bc; }

    static Blocking row_major(int n, int c) { return {n, c, n, c}; }
};

// The block size used for a dimension of this length: a divisor, 64 or 32 when possible (AMX tiles and AVX-512
// registers like multiples of 16), else the largest divisor up to 64, else the whole dimension when it is short.
int choose_block(int dim);

// Row-major <-> blocked copies.
void pack(const float* row_major, float* blocked, const Blocking& b);
void unpack(const float* blocked, float* row_major, const Blocking& b);

}  // namespace tern::kernels

// Block-level layout conversions, vectorised by the compiler for AVX-512 (target_clones) with a portable default.
#include "engine/kernels/vnni.h"
#include "engine/kernels/vector_clones.h"

#include <immintrin.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace tern::kernels {

TERN_VECTOR_CLONES
void to_vnni(const float* src, bf16* dst, int rows, int cols)
{
    auto* out = reinterpret_cast<std::uint32_t*>(dst);
    for (int p = 0; p < rows / 2; ++p) {
        const float* a = src + long(2 * p) * cols;
        const float* b = a + cols;
        std::uint32_t* o = out + long(p) * cols;
        for (int j = 0; j < cols; ++j) o[j] = std::uint32_t(to_bf16(a[j])) | (std::uint32_t(to_bf16(b[j])) << 16);
    }
}

TERN_VECTOR_CLONES
void to_vnni(const bf16* src, bf16* dst, int rows, int cols)
{
    auto* out = reinterpret_cast<std::uint32_t*>(dst);
    for (int p = 0; p < rows / 2; ++p) {
        const bf16* a = src + long(2 * p) * cols;
        const bf16* b = a + cols;
        std::uint32_t* o = out + long(p) * cols;
        for (int j = 0; j < cols; ++j) o[j] = std::uint32_t(a[j]) | (std::uint32_t(b[j]) << 16);
    }
}

namespace {

// 32-bit words, [rows][cols] -> [cols][rows]. 8x8 tiles in AVX registers (unpack / shuffle / lane permute) when
// the CPU has AVX2 and the block is a multiple of 8, else scalar.
__attribute__((target("avx2"))) void transpose8x8_tiles(const std::uint32_t* src, std::uint32_t* dst, int rows, int cols)
{
    for (int i = 0; i < rows; i += 8)
        for (int j = 0; j < cols; j += 8) {
            __m256 r[8], t[8], u[8];
            for (int k = 0; k < 8; ++k) r[k] = _mm256_loadu_ps(reinterpret_cast<const float*>(src + long(i + k) * cols + j));
            for (int k = 0; k < 8; k += 2) {
                t[k] = _mm256_unpacklo_ps(r[k], r[k + 1]);
                t[k + 1] = _mm256_unpackhi_ps(r[k], r[k + 1]);
            }
            for (int k = 0; k < 8; k += 4) {
                u[k] = _mm256_shuffle_ps(t[k], t[k + 2], _MM_SHUFFLE(1, 0, 1, 0));
                u[k + 1] = _mm256_shuffle_ps(t[k], t[k + 2], _MM_SHUFFLE(3, 2, 3, 2));
                u[k + 2] = _mm256_shuffle_ps(t[k + 1], t[k + 3], _MM_SHUFFLE(1, 0, 1, 0));
                u[k + 3] = _mm256_shuffle_ps(t[k + 1], t[k + 3], _MM_SHUFFLE(3, 2, 3, 2));
            }
            for (int k = 0; k < 4; ++k) {
                r[k] = _mm256_permute2f128_ps(u[k], u[k + 4], 0x20);
                r[k + 4] = _mm256_permute2f128_ps(u[k], u[k + 4], 0x31);
            }
            for (int k = 0; k < 8; ++k) _mm256_storeu_ps(reinterpret_cast<float*>(dst + long(j + k) * rows + i), r[k]);
        }
}

void transpose_words(const std::uint32_t* src, std::uint32_t* dst, int rows, int cols)
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2 && rows % 8 == 0 && cols % 8 == 0) return transpose8x8_tiles(src, dst, rows, cols);
    for (int i0 = 0; i0 < rows; i0 += 16)
        for (int j0 = 0; j0 < cols; j0 += 16)
            for (int i = i0; i < i0 + 16 && i < rows; ++i)
                for (int j = j0; j < j0 + 16 && j < cols; ++j) dst[long(j) * rows + i] = src[long(i) * cols + j];
}

TERN_VECTOR_CLONES
void pack_row_pairs(const float* src, std::uint32_t* dst, long pairs)
{
    for (long q = 0; q < pairs; ++q)
        dst[q] = std::uint32_t(to_bf16(src[2 * q])) | (std::uint32_t(to_bf16(src[2 * q + 1])) << 16);
}

std::uint32_t* scratch_words(std::size_t n)
{
    thread_local std::vector<std::uint32_t> words;
    if (words.size() < n) words.resize(n);
    return words.data();
}

}  // namespace

void to_vnni_transposed(const float* src, bf16* dst, int rows, int cols)
{
    // Word (q, i) of the result holds src[i][2q] and src[i][2q+1]: pack each row into bf16 pair words, then
    // transpose the [rows][cols/2] word matrix.
    std::uint32_t* words = scratch_words(std::size_t(rows) * cols / 2);
    pack_row_pairs(src, words, long(rows) * cols / 2);
    transpose_words(words, reinterpret_cast<std::uint32_t*>(dst), rows, cols / 2);
}

void transpose(const float* src, float* dst, int rows, int cols)
{
    transpose_words(reinterpret_cast<const std::uint32_t*>(src), reinterpret_cast<std::uint32_t*>(dst), rows, cols);
}

void transpose(const bf16* src, bf16* dst, int rows, int cols)
{
    if (rows % 2 == 0) {
        // VNNI words of row pairs, transposed, are the rows of the transpose: word (c, p) = src[2p][c], src[2p+1][c].
        std::uint32_t* words = scratch_words(std::size_t(rows) * cols / 2);
        to_vnni(src, reinterpret_cast<bf16*>(words), rows, cols);
        transpose_words(words, reinterpret_cast<std::uint32_t*>(dst), rows / 2, cols);
        return;
    }
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) dst[long(j) * rows + i] = src[long(i) * cols + j];
}

}  // namespace tern::kernels

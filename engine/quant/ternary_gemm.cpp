// The ternary layer kernel: packs every level's {-1, 0, +1} weights for the chosen method once, then per call
// quantises the activations to 8 bits (u8 after ReLU, else s8), and walks row x column tiles through the input
// blocks: level 0 always, a residual level's block only when its keep flag is 1 (the compute the residual-fraction
// knob saves). Each (level, block) adds alpha * (integer sum) to an fp32 tile; the epilogue multiplies by the input
// scale and applies bias, activation and layer norm.
#include "engine/core/error.h"
#include "engine/kernels/buffer.h"
#include "engine/quant/qgemm_impl.h"
#include "engine/quant/ternary_kernels.h"

#include <algorithm>

#include <omp.h>

namespace tern::quant {

namespace {

using kernels::Buffer;

int round_up(int v, int m) { return (v + m - 1) / m * m; }

// Portable block kernel on plain packed weights [inputs][ldw] int8 (padded columns are 0).
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
void portable_block(const std::int16_t* a, long lda, int rows, const std::int8_t* w, long ldw, int cols, int inputs,
                    const float* alpha, float* acc, long ldc)
{
    std::int32_t s[ternary::vnni_tile_cols * ternary::vnni_group_tiles];
    for (int r = 0; r < rows; ++r) {
        std::fill(s, s + cols, 0);
        const std::int16_t* ar = a + r * lda;
        for (int c = 0; c < inputs; ++c) {
            const std::int32_t q = ar[c];
            const std::int8_t* wr = w + c * ldw;
            for (int j = 0; j < cols; ++j) s[j] += q * wr[j];
        }
        float* out = acc + r * ldc;
        for (int j = 0; j < cols; ++j) out[j] += float(s[j]) * alpha[j];
    }
}

class TernaryKernel final : public LayerKernel::Impl {
public:
    TernaryKernel(const QuantizedLayer& l, TernaryMethod method)
        : Impl(l), m_layer(l), m_method(method), m_keep(l.keep)
    {
        // Packed below; the copy keeps only bias, norm and the activation.
        m_layer.levels.clear(), m_layer.residual_gain.clear(), m_layer.weights_f32.clear();
        m_layer.weights_bf16.clear(), m_layer.weights_i8.clear();
        m_nb = l.blocks();
        m_bp = round_up(l.block, 4);
        m_levels = int(l.levels.size());
        m_amx = method == TernaryMethod::amx;
        if (m_amx) method = m_method = TernaryMethod::vnni;  // same operands and packing; multiply_rows picks amx
        m_tile = method == TernaryMethod::masks ? ternary::masks_tile_cols : ternary::vnni_tile_cols;
        m_group = method == TernaryMethod::masks ? ternary::masks_group_tiles : ternary::vnni_group_tiles;
        m_kt = (l.outputs + m_tile - 1) / m_tile;
        m_kp = m_kt * m_tile;
        const long panels = long(m_levels) * m_nb;
        m_alpha = Buffer<float>(panels * m_kp);
        for (int lv = 0; lv < m_levels; ++lv)
            for (int b = 0; b < m_nb; ++b)
                for (int j = 0; j < l.outputs; ++j)
                    m_alpha[(long(lv) * m_nb + b) * m_kp + j] = l.levels[lv].alpha[long(b) * l.outputs + j];
        switch (method) {
        case TernaryMethod::vnni: pack_vnni(l); break;
        case TernaryMethod::masks: pack_masks(l); break;
        default: pack_plain(l); break;
        }
    }

    std::string path() const override
    {
        const char* how = m_amx                              ? "amx (tdpbusd tiles, avx512 per-block scaling)"
                          : m_method == TernaryMethod::vnni  ? "vnni (vpdpbusd, avx512)"
                          : m_method == TernaryMethod::masks ? "masks (16-bit add/sub, avx512)"
                                                             : "portable loops";
        return "ternary " + std::string(how) + ", block " + std::to_string(m_layer.block) + ", " +
               std::to_string(m_levels) + " levels";
    }

    void set_keep(const std::vector<std::uint8_t>& keep) override
    {
        if (keep.size() != m_keep.size())
            throw InputError("keep flags: " + std::to_string(keep.size()) + " values, the layer has " +
                             std::to_string(m_keep.size()) + " residual blocks");
        m_keep = keep;
    }

    void run(const float* x, int rows, float* y) const override
    {
        const long lda = long(m_nb) * m_bp;
        const bool vnni = m_method == TernaryMethod::vnni;
        thread_local std::vector<std::uint8_t> act8;
        thread_local std::vector<std::int16_t> act16;
        thread_local std::vector<float> accbuf;
        Buffers buf;
        // AMX works on 16-row tiles: the buffers get up to 15 zero rows more.
        const int padded = m_amx ? (rows + 15) / 16 * 16 : rows;
        buf.a8 = vnni ? scratch(act8, padded * lda) : nullptr;
        buf.a16 = vnni ? nullptr : scratch(act16, padded * lda);
        buf.acc = scratch(accbuf, long(padded) * m_kp);
        if (padded > rows) std::fill(buf.a8 + rows * lda, buf.a8 + padded * lda, std::uint8_t(0));
        // One parallel region per call, rows split between the threads, each quantising, multiplying and finishing
        // its own rows: no barrier inside, and a single wake-up of the other threads (each costs milliseconds on a
        // busy machine). Small batches run on the calling thread, outside any parallel region: even a one-thread
        // region allocates and frees a team and wakes a futex, which took longer than a one-row layer's arithmetic.
        const long work = long(rows) * m_layer.inputs * m_layer.outputs;
        const int threads = rows >= 32 && work > 500000 ? std::min(omp_get_max_threads(), rows / 16) : 1;
        auto part = [&](int t, int nt) {
            const int r0 = split(rows, t, nt), r1 = split(rows, t + 1, nt);
            if (r1 <= r0) return;
            quantize_rows(x, r0, r1, buf);
            multiply_rows(r0, r1 == rows ? padded : r1, buf);
            Epilogue e;
            e.layer = &m_layer;
            e.scale_all = m_layer.input_scale;
            run_epilogue(e, buf.acc + long(r0) * m_kp, m_kp, y + long(r0) * m_layer.outputs, r1 - r0);
        };
        if (threads == 1) {
            part(0, 1);
            return;
        }
#pragma omp parallel num_threads(threads)
        part(omp_get_thread_num(), omp_get_num_threads());
    }

private:
    struct Buffers {
        std::uint8_t* a8 = nullptr;    // vnni: [rows][blocks * bp] u8 (s8 inputs shifted by 128)
        std::int16_t* a16 = nullptr;   // masks, portable: [rows][blocks * bp] int16
        float* acc = nullptr;          // [rows][kp] fp32 sums of alpha * (integer block sums)
    };

    // Thread t's first row: multiples of 16 so the row tiles stay whole.
    static int split(int rows, int t, int nt)
    {
        if (t >= nt) return rows;
        return std::min(rows, int(long(rows) * t / nt / 16 * 16));
    }

    void quantize_rows(const float* x, int r0, int r1, const Buffers& buf) const
    {
        const int ci = m_layer.inputs, block = m_layer.block;
        const long lda = long(m_nb) * m_bp;
        const float inv = 1.0f / m_layer.input_scale;
        const bool is_unsigned = m_layer.input_unsigned;
        for (int r = r0; r < r1; ++r)
            for (int b = 0; b < m_nb; ++b) {
                const int c0 = b * block, n = std::min(ci, c0 + block) - c0;
                const float* xr = x + long(r) * ci + c0;
                const long at = r * lda + long(b) * m_bp;
                if (buf.a8) {
                    quantize_row_u8(xr, buf.a8 + at, n, inv, is_unsigned, is_unsigned ? 0 : 128);
                    std::fill(buf.a8 + at + n, buf.a8 + at + m_bp, std::uint8_t(0));
                } else {
                    quantize_row_i16(xr, buf.a16 + at, n, inv, is_unsigned);
                    std::fill(buf.a16 + at + n, buf.a16 + at + m_bp, std::int16_t(0));
                }
            }
    }

    // Column groups outside (a group's weights, 64 columns x C x levels, stay in L2), 48-row chunks inside (their
    // fp32 tile stays in L1 while every block and level adds to it).
    void multiply_rows(int r0, int r1, const Buffers& buf) const
    {
        const int chunk = m_amx ? 64 : 48;  // multiples of every micro-kernel's row tile (amx 16/32, vnni 6, masks 8)
        if (m_amx) ternary::amx_begin();
        const long lda = long(m_nb) * m_bp;
        const bool is_unsigned = m_layer.input_unsigned;
        for (int t0 = 0; t0 < m_kt; t0 += m_group) {
            const int tiles = std::min(m_kt, t0 + m_group) - t0;
            for (int rc = r0; rc < r1; rc += chunk) {
                const int nr = std::min(r1, rc + chunk) - rc;
                float* out = buf.acc + long(rc) * m_kp + long(t0) * m_tile;
                for (int r = 0; r < nr; ++r)
                    std::fill(out + long(r) * m_kp, out + long(r) * m_kp + tiles * m_tile, 0.0f);
                for (int b = 0; b < m_nb; ++b)
                    for (int lv = 0; lv < m_levels; ++lv) {
                        if (lv > 0 && !m_keep[long(lv - 1) * m_nb + b]) continue;
                        const long panel = long(lv) * m_nb + b;
                        const float* alpha = m_alpha.data() + panel * m_kp + long(t0) * m_tile;
                        const long at = long(rc) * lda + long(b) * m_bp;
                        if (m_amx) {
                            ternary::amx_block(buf.a8 + at, lda, nr, m_w8.data() + (panel * m_kt + t0) * m_bp * 16,
                                               long(m_bp) * 16, tiles, m_bp,
                                               is_unsigned ? nullptr : m_corr.data() + panel * m_kp + long(t0) * m_tile,
                                               alpha, out, m_kp);
                            continue;
                        }
                        switch (m_method) {
                        case TernaryMethod::vnni:
                            ternary::vnni_block(buf.a8 + at, lda, nr, m_w8.data() + (panel * m_kt + t0) * m_bp * 16,
                                                long(m_bp) * 16, tiles, m_bp / 4,
                                                is_unsigned ? nullptr : m_corr.data() + panel * m_kp + long(t0) * m_tile,
                                                alpha, out, m_kp);
                            break;
                        case TernaryMethod::masks:
                            ternary::masks_block(buf.a16 + at, lda, nr, m_masks.data() + (panel * m_kt + t0) * m_bp * 2,
                                                 long(m_bp) * 2, tiles, m_bp, alpha, out, m_kp);
                            break;
                        default:
                            portable_block(buf.a16 + at, lda, nr, m_w8.data() + panel * m_bp * m_kp + long(t0) * m_tile,
                                           m_kp, tiles * m_tile, m_bp, alpha, out, m_kp);
                            break;
                        }
                    }
            }
        }
        if (m_amx) ternary::amx_end();
    }

    std::int8_t weight(const QuantizedLayer& l, int lv, int b, int c, int j) const
    {
        const int row = b * l.block + c;
        if (c >= l.block || row >= l.inputs || j >= l.outputs) return 0;
        return l.levels[lv].t[long(row) * l.outputs + j];
    }

    // [level][block][tile][bp/4][16][4]; signed inputs also get corr = -128 * column sums.
    void pack_vnni(const QuantizedLayer& l)
    {
        m_w8 = Buffer<std::int8_t>(long(m_levels) * m_nb * m_kt * m_bp * 16);
        m_corr = Buffer<std::int32_t>(long(m_levels) * m_nb * m_kp);
        for (int lv = 0; lv < m_levels; ++lv)
            for (int b = 0; b < m_nb; ++b)
                for (int t = 0; t < m_kt; ++t) {
                    const long panel = long(lv) * m_nb + b;
                    std::int8_t* p = m_w8.data() + (panel * m_kt + t) * m_bp * 16;
                    for (int c = 0; c < m_bp; ++c)
                        for (int j = 0; j < 16; ++j) {
                            const std::int8_t v = weight(l, lv, b, c, t * 16 + j);
                            p[(c / 4) * 64 + j * 4 + c % 4] = v;
                            m_corr[panel * m_kp + t * 16 + j] -= 128 * v;
                        }
                }
    }

    // [level][block][tile][bp][2] bit masks of the +1 and -1 weights of 32 columns.
    void pack_masks(const QuantizedLayer& l)
    {
        m_masks = Buffer<std::uint32_t>(long(m_levels) * m_nb * m_kt * m_bp * 2);
        for (int lv = 0; lv < m_levels; ++lv)
            for (int b = 0; b < m_nb; ++b)
                for (int t = 0; t < m_kt; ++t) {
                    std::uint32_t* p = m_masks.data() + ((long(lv) * m_nb + b) * m_kt + t) * m_bp * 2;
                    for (int c = 0; c < m_bp; ++c)
                        for (int j = 0; j < 32; ++j) {
                            const std::int8_t v = weight(l, lv, b, c, t * 32 + j);
                            if (v > 0) p[2 * c] |= 1u << j;
                            if (v < 0) p[2 * c + 1] |= 1u << j;
                        }
                }
    }

    // [level][block][bp][kp] int8.
    void pack_plain(const QuantizedLayer& l)
    {
        m_w8 = Buffer<std::int8_t>(long(m_levels) * m_nb * m_bp * m_kp);
        for (int lv = 0; lv < m_levels; ++lv)
            for (int b = 0; b < m_nb; ++b)
                for (int c = 0; c < m_bp; ++c)
                    for (int j = 0; j < m_kp; ++j)
                        m_w8[((long(lv) * m_nb + b) * m_bp + c) * m_kp + j] = weight(l, lv, b, c, j);
    }

    QuantizedLayer m_layer;
    TernaryMethod m_method;
    bool m_amx = false;  // vnni packing multiplied on AMX tiles
    std::vector<std::uint8_t> m_keep;
    int m_nb = 0, m_bp = 0, m_levels = 0, m_tile = 16, m_group = 4, m_kt = 0, m_kp = 0;
    Buffer<float> m_alpha;
    Buffer<std::int8_t> m_w8;
    Buffer<std::int32_t> m_corr;
    Buffer<std::uint32_t> m_masks;
};

}  // namespace

std::unique_ptr<LayerKernel::Impl> make_ternary_kernel(const QuantizedLayer& layer, TernaryMethod method)
{
    return std::make_unique<TernaryKernel>(layer, method);
}

}  // namespace tern::quant

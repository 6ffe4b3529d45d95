// Layouts (nb = N/bn, cb = C/bc, kb = K/bk):
//   x, dx [nb][cb][bn][bc]   y, z [nb][kb][bn][bk]   W (fp32 master) [kb][cb][bc][bk]
//   FP32:  dz [kb][nb][bn][bk]   dzT [nb][kb][bk][bn]   xT [cb][nb][bc][bn]   dxT [nb][cb][bc][bn]
//   BF16:  dz [nb][kb][bn][bk]   dzv [nb][kb][bn/2][bk][2]   xT [nb][cb][bc][bn]
//          Wv [kb][cb][bc/2][bk][2]   WTv [cb][kb][bk/2][bc][2]
// In libxsmm's column-major terms a GEMM is C(m x n) = A(m x k) B(k x n), reduced over one block index with
// constant byte strides (_strd: the pointers are never modified). Forward: (A = W, B = x); weight gradient:
// (A = dz, B = xT). Backward by data needs W transposed, which libxsmm 1.17 cannot read (its TRANS_A dispatch
// crashes): BF16 keeps a transposed copy WTv, refreshed by the update; FP32 computes dx transposed instead,
// dxT = dzT W with (A = dzT, B = W), and transposes each dx block back while it is in L1. A transposed fp32
// weight copy was a C*K write stream per step (64 MB at 4096 x 4096, ~15 % of the update at batch 256); dzT and
// dxT are N*(C+K) transposes of blocks already in cache.
// The FP32 weight gradient reduces over the batch blocks of one column of dz and xT: stored column-major by block
// they are contiguous. In the activations' [nb][kb] order they lay a row of blocks apart (1 MB at 4096 features),
// a power of two that maps them all to the same L2 sets (the update ran ~15 % slower at 1024 x 4096).
// BF16 keeps no fp32 dz (the backward prologue writes dz as bf16 and VNNI pairs plus per-batch-block bias column
// sums) and, for hidden layers of a network, no fp32 y (DenseSpec::f32_output): fewer bytes through L3 per step.
// Threads: each GEMM's output grid is shared by work_split.h (a thread keeps one operand's panels in its L2 while
// the other streams); layers too small to repay waking a second thread (a futex round trip under the passive wait
// policy costs about as much as a 64x256x256 AMX GEMM) run on the calling thread alone.
#include "engine/kernels/dense_libxsmm.h"
#include "engine/kernels/amx_brgemm.h"
#include "engine/kernels/buffer.h"
#include "engine/kernels/team.h"
#include "engine/kernels/vector_clones.h"
#include "engine/kernels/vnni.h"
#include "engine/kernels/work_split.h"

#include <libxsmm.h>
#include <omp.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace tern::kernels {

namespace {

using Fp32Kernel = libxsmm_smmfunction_reducebatch_strd;
using Bf16Kernel = libxsmm_bsmmfunction_reducebatch_strd;

struct Gemm {
    int m, n, k;
    long stride_a, stride_b;  // elements
    int lda, ldb, ldc;
};

// No prefetch strategy: in libxsmm 1.17 only BL1 (B 16 columns ahead) works without extra pointer arguments, and it
// was neutral on these layers; AL2 / AL2_AHEAD (given the next A) made 64 x 64 blocks 10-50 % slower in a one-thread
// microbenchmark, BL2_VIA_C was neutral.
Fp32Kernel dispatch_fp32(const Gemm& g, float beta = 0)
{
    float alpha = 1;
    int flags = LIBXSMM_GEMM_FLAGS('N', 'N');
    return libxsmm_smmdispatch_reducebatch_strd(g.m, g.n, g.k, g.stride_a * 4, g.stride_b * 4, &g.lda, &g.ldb, &g.ldc,
                                                &alpha, &beta, &flags, nullptr);
}

Bf16Kernel dispatch_bf16(const Gemm& g)
{
    float alpha = 1, beta = 0;
    int flags = LIBXSMM_GEMM_FLAGS('N', 'N') | LIBXSMM_GEMM_FLAG_VNNI_A;
    return libxsmm_bsmmdispatch_reducebatch_strd(g.m, g.n, g.k, g.stride_a * 2, g.stride_b * 2, &g.lda, &g.ldb,
                                                 &g.ldc, &alpha, &beta, &flags, nullptr);
}

// w += factor * d over n weights: a noise-aware step adds and takes off noise over every weight, twice per step.
TERN_VECTOR_CLONES
void add_scaled(float* __restrict w, const float* __restrict d, float factor, int n)
{
    for (int j = 0; j < n; ++j) w[j] += factor * d[j];
}

// About half of this machine's 2 MB L2 per core: the resident panels of one thread's chunk.
constexpr long l2_budget = 1L << 20;

// Below this many FLOP per GEMM a layer runs on one thread: waking the team and its barriers (~10-30 us each with
// passive waits) would cost more than the work saved. AMX retires BF16 work ~4x faster, so its bar is higher.
double parallel_flops(bool bf16)
{
    static const double override_flops = [] {
        const char* e = std::getenv("TERN_DENSE_PARALLEL_FLOPS");
        return e ? std::atof(e) : -1.0;
    }();
    if (override_flops >= 0) return override_flops;
    return bf16 ? 32e6 : 8e6;
}

class LibxsmmDense final : public DenseLayer {
public:
    LibxsmmDense(const DenseSpec& s, const Context& ctx)
        : DenseLayer(s, Blocking{s.n, s.c, batch_block(Backend::libxsmm, s.n), feature_block(Backend::libxsmm, s.c)},
                     Blocking{s.n, s.k, batch_block(Backend::libxsmm, s.n), feature_block(Backend::libxsmm, s.k)})
    {
        bn = m_in.bn, bc = m_in.bc, bk = m_out.bc;
        nb = m_in.nb(), cb = m_in.cb(), kb = m_out.cb();
        m_fwd = {bk, bn, bc, long(bc) * bk, long(bn) * bc, bk, bc, bk};
        m_bwd = {bc, bn, bk, long(bk) * bc, long(bn) * bk, bc, bk, bc};
        m_upd = {bk, bc, bn, long(kb) * bn * bk, long(cb) * bc * bn, bk, bn, bk};
        const Gemm bwd_t{bn, bc, bk, long(bn) * bk, long(cb) * bc * bk, bn, bk, bn};  // FP32 (dxT = dzT W)
        const Gemm upd_by_column{bk, bc, bn, long(bn) * bk, long(bn) * bc, bk, bn, bk};  // FP32 dz, xT
        m_bf16 = s.precision == Precision::bf16 && bn % 2 == 0 && bc % 2 == 0 && bk % 2 == 0;
        if (m_bf16) {
            const bool amx = ctx.isa().amx_bf16;
            m_amx_fwd = amx && amx_shape_ok(bn, bk, bc);
            m_amx_bwd = amx && amx_shape_ok(bn, bc, bk);
            m_amx_upd = amx && amx_shape_ok(bc, bk, bn);
            m_bfwd = dispatch_bf16(m_fwd), m_bbwd = dispatch_bf16(m_bwd), m_bupd = dispatch_bf16(m_upd);
            if ((!m_amx_fwd && !m_bfwd) || (!m_amx_bwd && !m_bbwd) || (!m_amx_upd && !m_bupd)) m_bf16 = false;
        }
        if (s.precision == Precision::bf16 && !m_bf16)
            m_fallback = ctx.isa().libxsmm_arch + " has no usable BF16 kernel for this shape";
        m_ffwd = dispatch_fp32(m_fwd), m_fbwd = dispatch_fp32(bwd_t), m_fupd = dispatch_fp32(upd_by_column);
        m_ffwd_acc = dispatch_fp32(m_fwd, 1), m_fbwd_acc = dispatch_fp32(bwd_t, 1);
        if (!m_bf16 && (!m_ffwd || !m_fbwd || !m_fupd || !m_ffwd_acc || !m_fbwd_acc))
            throw std::runtime_error("libxsmm could not JIT a kernel");

        const long w = long(s.c) * s.k;
        m_w = Buffer<float>(w), m_b = Buffer<float>(s.k), m_db = Buffer<float>(s.k);
        m_mom = Buffer<float>(w), m_vel = Buffer<float>(w), m_bmom = Buffer<float>(s.k), m_bvel = Buffer<float>(s.k);
        m_keep_y = !m_bf16 || s.f32_output;
        if (m_keep_y) m_y = Buffer<float>(m_out.size());
        if (!m_bf16) m_dz = Buffer<float>(m_out.size());
        m_dx = Buffer<float>(m_in.size());
        if (needs_preactivation(s.act)) m_z = Buffer<float>(m_out.size());
        if (m_bf16) {
            m_wv = Buffer<bf16>(w), m_wtv = Buffer<bf16>(w), m_yb = Buffer<bf16>(m_out.size());
            m_dzb = Buffer<bf16>(m_out.size()), m_dzv = Buffer<bf16>(m_out.size());
            m_dbpart = Buffer<float>(long(nb) * s.k);
            m_xb = Buffer<bf16>(m_in.size()), m_xtb = Buffer<bf16>(m_in.size());
        } else {
            m_dzt = Buffer<float>(m_out.size()), m_xf = Buffer<float>(m_in.size()), m_xt = Buffer<float>(m_in.size());
        }
        m_threads = std::max(omp_get_max_threads(), omp_get_num_procs());
        m_par = omp_get_max_threads() > 1 && 2.0 * s.n * s.c * s.k >= parallel_flops(m_bf16);
        const long elem = m_bf16 ? 2 : 4;
        // FP32 reductions too long for L2 run in passes (work_split.h); BF16 panels are half the size.
        m_fwd_red = m_bf16 ? cb : reduction_chunk(cb, long(bn) * bc * elem, l2_budget);
        m_bwd_red = m_bf16 ? kb : reduction_chunk(kb, long(bn) * bk * elem, l2_budget);
        m_fwd_chunk = rows_per_chunk(long(m_fwd_red) * bn * bc * elem, l2_budget);
        m_bwd_chunk = rows_per_chunk(long(m_bwd_red) * bn * bk * elem, l2_budget);
        m_upd_chunk = rows_per_chunk(long(nb) * bn * bk * elem, l2_budget);
        m_scratch = Buffer<float>(std::size_t(m_threads) * bc * bk);
        if (!m_keep_y) m_yscratch = Buffer<float>(std::size_t(m_threads) * bn * bk);
        // dxT blocks: per thread when one pass reduces a block, else kept across the passes.
        if (!m_bf16) m_dxt = Buffer<float>(m_bwd_red < kb ? m_in.size() : long(m_threads) * bn * bc);
    }

    std::string path() const override
    {
        if (!m_bf16) return "libxsmm brgemm f32 (" + detected_isa().libxsmm_arch + ")" +
                            (m_fallback.empty() ? "" : "; bf16 fallback: " + m_fallback);
        auto op = [&](bool amx) { return amx ? "amx" : "libxsmm"; };
        std::string p = std::string("bf16 brgemm fwd ") + op(m_amx_fwd) + ", bwd " + op(m_amx_bwd) + ", upd " +
                        op(m_amx_upd);
        if (m_amx_fwd || m_amx_bwd || m_amx_upd) p += " (libxsmm 1.17 has no AMX kernels)";
        return p;
    }

    void forward(ActView x) override
    {
        refresh_stale_copies();
        const bool convert = m_bf16 ? !x.b16 : !x.f32;
        if (m_bf16) m_x16 = x.b16 ? x.b16 : m_xb.data();
        else m_x32 = x.f32 ? x.f32 : m_xf.data();
        on_team(m_par, [&] {
            if (convert) {
                // Whole 64-byte lines per thread.
                int b, e;
                deal_range(long(m_in.size()), 32, b, e);
                if (m_bf16) to_bf16(x.f32 + long(b) * 32, m_xb.data() + long(b) * 32, std::min(long(e) * 32, m_in.size()) - long(b) * 32);
                else from_bf16(x.b16 + long(b) * 32, m_xf.data() + long(b) * 32, std::min(long(e) * 32, m_in.size()) - long(b) * 32);
#pragma omp barrier
            }
            const GridShare share = share_grid(nb, kb, omp_get_thread_num(), omp_get_num_threads());
            if (m_fwd_red < cb)
                for_each_block_reduced(share, m_fwd_chunk, cb, m_fwd_red,
                                       [&](int n, int k, int first, int count) { forward_pass(n, k, first, count); });
            else
                for_each_block(share, m_fwd_chunk, [&](int n, int k) { forward_block(n, k); });
        });
    }

    ActView output() const override
    {
        return {m_keep_y ? m_y.data() : nullptr, m_bf16 ? m_yb.data() : nullptr};
    }

    // One parallel region for the whole backward pass (fork/join dominates small layers); the phases below are
    // orphaned worksharing loops separated by their implicit barriers.
    void backward(const float* dy, bool need_dx, const UpdateRule* rule) override
    {
        refresh_stale_copies();
        if (!rule && m_grad.size() == 0) m_grad = Buffer<float>(long(m_spec.c) * m_spec.k);
        on_team(m_par, [&] {
            prepare_gradients(dy, need_dx);
#pragma omp barrier
            if (need_dx) {
                backward_data();
                // The update below rewrites the weight copies backward_data reads.
#pragma omp barrier
            }
            weight_update(rule);
        });
        if (rule && m_bf16 && m_defer_update_copies) m_copies_stale = true;
    }

    const float* input_grad() const override { return m_dx.data(); }

    void get_weights(float* w, float* bias) const override
    {
        each_weight_row([&](long blocked, long row_major) {
            std::copy_n(m_w.data() + blocked, bk, w + row_major);
        });
        std::copy(m_b.data(), m_b.data() + m_spec.k, bias);
    }

    void set_weights(const float* w, const float* bias) override
    {
        each_weight_row([&](long blocked, long row_major) {
            std::copy_n(w + row_major, bk, m_w.data() + blocked);
        });
        std::copy(bias, bias + m_spec.k, m_b.data());
        refresh_all_copies();
    }

    void weight_grad(float* dw, float* db) const override
    {
        each_weight_row([&](long blocked, long row_major) {
            std::copy_n(m_grad.data() + blocked, bk, dw + row_major);
        });
        std::copy(m_db.data(), m_db.data() + m_spec.k, db);
    }

    // The BF16 copies are refreshed when next read, not here: noise-aware training adds noise before a step and
    // takes it off after it, and the copies of the weights in between are never read.
    void add_to_weights(const float* delta, float factor) override
    {
        each_weight_row([&](long blocked, long row_major) {
            add_scaled(m_w.data() + blocked, delta + row_major, factor, bk);
        });
        m_copies_stale = m_bf16;
    }

    void set_weights_change_after_update(bool change) override { m_defer_update_copies = change; }

private:
    // Weight block (k, c) of the fp32 master, its gradient and optimiser state.
    long wblock(int k, int c) const { return (long(k) * cb + c) * bc * bk; }

    // Calls f(offset in the blocked master, offset in row-major [C][K]) for each row of bk weights of every block:
    // a block's rows are contiguous in both layouts, so exchanges copy whole rows without index arithmetic per weight.
    template <class F>
    void each_weight_row(F&& f) const
    {
        for (int k = 0; k < kb; ++k)
            for (int c = 0; c < cb; ++c)
                for (int i = 0; i < bc; ++i)
                    f(wblock(k, c) + long(i) * bk, (long(c) * bc + i) * m_spec.k + long(k) * bk);
    }

    void refresh_stale_copies()
    {
        if (m_copies_stale) refresh_all_copies();
        m_copies_stale = false;
    }

    void refresh_all_copies()
    {
        if (m_bf16)
            for (int k = 0; k < kb; ++k)
                for (int c = 0; c < cb; ++c) refresh_copies(c, k);
    }

    // [b, e) in units of `unit` elements of a range of n elements, for this thread.
    static void deal_range(long n, int unit, int& b, int& e)
    {
        const long units = (n + unit - 1) / unit;
        const int t = omp_get_thread_num(), parts = omp_get_num_threads();
        b = int(units * t / parts), e = int(units * (t + 1) / parts);
    }

    void forward_block(int n, int k)
    {
        const long o = (long(n) * kb + k) * bn * bk;
        const unsigned long long count = cb;
        // Without a kept fp32 output the accumulator block lives in per-thread scratch (L1) until its epilogue.
        float* y = m_keep_y ? m_y.data() + o : m_yscratch.data() + long(omp_get_thread_num()) * bn * bk;
        if (m_bf16) {
            const bf16* xa = m_x16 + long(n) * cb * bn * bc;
            const bf16* wv = m_wv.data() + long(k) * cb * bc * bk;
            if (m_amx_fwd) amx_brgemm_bf16(xa, long(bn) * bc, bc, wv, long(bc) * bk, y, bk, bn, bk, bc, cb, false);
            else m_bfwd(reinterpret_cast<const libxsmm_bfloat16*>(wv), reinterpret_cast<const libxsmm_bfloat16*>(xa),
                        y, &count);
        } else {
            m_ffwd(m_w.data() + wblock(k, 0), m_x32 + long(n) * cb * bn * bc, y, &count);
        }
        epilogue(y, n, k);
    }

    // One FP32 pass of a reduction cut into passes: blocks [first, first + count) of C into output block (n, k).
    void forward_pass(int n, int k, int first, int count)
    {
        const long o = (long(n) * kb + k) * bn * bk;
        const unsigned long long blocks = count;
        const auto kernel = first == 0 ? m_ffwd : m_ffwd_acc;
        kernel(m_w.data() + wblock(k, first), m_x32 + (long(n) * cb + first) * bn * bc,
               m_y.data() + o, &blocks);
        if (first + count == cb) epilogue(m_y.data() + o, n, k);
    }

    // Bias and activation on an output block while it is in cache.
    void epilogue(float* y, int n, int k)
    {
        const long o = (long(n) * kb + k) * bn * bk;
        bias_activation(m_spec.act, y, m_b.data() + long(k) * bk, y, m_z.size() ? m_z.data() + o : nullptr,
                        m_bf16 ? m_yb.data() + o : nullptr, bn, bk, bk);
    }

    // dz = dy * act'(.) per output block, with the copies the other GEMMs read while the block is in L1: dzT in
    // FP32 (only backward by data reads it: a first layer skips it), bf16 and VNNI pairs in BF16; and the transposed
    // input blocks the weight gradient reads. A thread prepares the batch rows it later reduces in backward_data
    // (same share), so they are still in its cache.
    void prepare_gradients(const float* dy, bool need_dx)
    {
        const long ob = long(bn) * bk, ib = long(bn) * bc;
        const int t = omp_get_thread_num(), parts = omp_get_num_threads();
        const GridShare outs = share_grid(nb, kb, t, parts);
        for (int n = outs.r0; n < outs.r1; ++n)
            for (int k = outs.c0; k < outs.c1; ++k) {
                const long o = (long(n) * kb + k) * ob;
                const float* z = m_z.size() ? m_z.data() + o : nullptr;
                if (m_bf16) {
                    float* colsum = m_dbpart.data() + long(n) * m_spec.k + long(k) * bk;
                    std::fill(colsum, colsum + bk, 0.0f);
                    activation_backward_bf16(m_spec.act, dy + o, m_keep_y ? m_y.data() + o : nullptr, m_yb.data() + o,
                                             z, m_dzb.data() + o, m_dzv.data() + o, colsum, bn, bk);
                } else {
                    float* dz = m_dz.data() + dz_block(n, k);
                    activation_backward(m_spec.act, dy + o, m_y.data() + o, z, dz, nullptr, ob);
                    if (need_dx) transpose(dz, m_dzt.data() + o, bn, bk);
                }
            }
        const GridShare rows = share_grid(nb, cb, t, parts);
        for (int n = rows.r0; n < rows.r1; ++n)
            for (int c = rows.c0; c < rows.c1; ++c) {
                const long o = (long(n) * cb + c) * ib;
                if (m_bf16) transpose(m_x16 + o, m_xtb.data() + o, bn, bc);
                else transpose(m_x32 + o, m_xt.data() + (long(c) * nb + n) * ib, bn, bc);
            }
    }

    // Block (n, k) of the FP32 dz, stored by column of blocks (see the top of the file).
    long dz_block(int n, int k) const { return (long(k) * nb + n) * bn * bk; }

    void backward_data()
    {
        const unsigned long long count = kb;
        const GridShare share = share_grid(nb, cb, omp_get_thread_num(), omp_get_num_threads());
        if (m_bf16) {
            for_each_block(share, m_bwd_chunk, [&](int n, int c) {
                float* dx = m_dx.data() + (long(n) * cb + c) * bn * bc;
                const bf16* dz = m_dzb.data() + long(n) * kb * bn * bk;
                const bf16* wtv = m_wtv.data() + long(c) * kb * bk * bc;
                if (m_amx_bwd) amx_brgemm_bf16(dz, long(bn) * bk, bk, wtv, long(bk) * bc, dx, bc, bn, bc, bk, kb, false);
                else m_bbwd(reinterpret_cast<const libxsmm_bfloat16*>(wtv),
                            reinterpret_cast<const libxsmm_bfloat16*>(dz), dx, &count);
            });
            return;
        }
        // dxT block (n, c) = sum over k of dzT(n, k) W(k, c); its last pass transposes it into dx.
        const long ib = long(bn) * bc;
        auto pass = [&](int n, int c, int first, int blocks, float* dxt) {
            const unsigned long long reduced = blocks;
            const auto kernel = first == 0 ? m_fbwd : m_fbwd_acc;
            kernel(m_dzt.data() + (long(n) * kb + first) * bn * bk, m_w.data() + wblock(first, c), dxt,
                   &reduced);
            if (first + blocks == kb) transpose(dxt, m_dx.data() + (long(n) * cb + c) * ib, bc, bn);
        };
        if (m_bwd_red < kb) {
            for_each_block_reduced(share, m_bwd_chunk, kb, m_bwd_red, [&](int n, int c, int first, int blocks) {
                pass(n, c, first, blocks, m_dxt.data() + (long(n) * cb + c) * ib);
            });
            return;
        }
        float* dxt = m_dxt.data() + long(omp_get_thread_num()) * ib;
        for_each_block(share, m_bwd_chunk, [&](int n, int c) { pass(n, c, 0, kb, dxt); });
    }

    // Each (c, k) weight block: its gradient by a batch-reduce over the batch blocks into per-thread scratch, then
    // the optimiser step and the refreshed transposed / bf16 copies, all while the block is hot.
    void weight_update(const UpdateRule* rule)
    {
        const unsigned long long count = nb;
        const long wb = long(bc) * bk;
        const GridShare share = share_grid(kb, cb, omp_get_thread_num(), omp_get_num_threads());
        float* g = m_scratch.data() + long(omp_get_thread_num()) * wb;
        for_each_block(share, m_upd_chunk, [&](int k, int c) {
            if (m_bf16) {
                const bf16* xt = m_xtb.data() + long(c) * bc * bn;
                const bf16* dzv = m_dzv.data() + long(k) * bn * bk;
                if (m_amx_upd) amx_brgemm_bf16(xt, long(cb) * bc * bn, bn, dzv, long(kb) * bn * bk, g, bk, bc, bk, bn, nb, false);
                else m_bupd(reinterpret_cast<const libxsmm_bfloat16*>(dzv),
                            reinterpret_cast<const libxsmm_bfloat16*>(xt), g, &count);
            } else {
                m_fupd(m_dz.data() + dz_block(0, k), m_xt.data() + long(c) * nb * bn * bc, g, &count);
            }
            const long o = wblock(k, c);
            if (c == 0) bias_block(k, rule);
            if (!rule) {
                std::copy(g, g + wb, m_grad.data() + o);
                return;
            }
            apply_update(*rule, m_w.data() + o, g, m_mom.data() + o, m_vel.data() + o, wb);
            if (m_bf16 && !m_defer_update_copies) refresh_copies(c, k);
        });
    }

    void bias_block(int k, const UpdateRule* rule)
    {
        float* db = m_db.data() + long(k) * bk;
        std::fill(db, db + bk, 0.0f);
        for (int n = 0; n < nb; ++n) {
            if (m_bf16) {
                // Column sums of each batch block, left by prepare_gradients.
                const float* part = m_dbpart.data() + long(n) * m_spec.k + long(k) * bk;
                for (int j = 0; j < bk; ++j) db[j] += part[j];
                continue;
            }
            const float* dz = m_dz.data() + dz_block(n, k);
            for (int r = 0; r < bn; ++r)
                for (int j = 0; j < bk; ++j) db[j] += dz[r * bk + j];
        }
        if (!rule) return;
        UpdateRule no_decay = *rule;
        no_decay.weight_decay = 0;
        const long o = long(k) * bk;
        apply_update(no_decay, m_b.data() + o, db, m_bmom.data() + o, m_bvel.data() + o, bk);
    }

    // The BF16 GEMMs' copies of one weight block (FP32 reads the master directly).
    void refresh_copies(int c, int k)
    {
        const float* w = m_w.data() + wblock(k, c);
        to_vnni(w, m_wv.data() + (long(k) * cb + c) * bc * bk, bc, bk);
        to_vnni_transposed(w, m_wtv.data() + (long(c) * kb + k) * bk * bc, bc, bk);
    }

    int bn, bc, bk, nb, cb, kb;
    Gemm m_fwd, m_bwd, m_upd;  // m_bwd and m_upd: the BF16 layouts
    bool m_bf16 = false, m_amx_fwd = false, m_amx_bwd = false, m_amx_upd = false;
    std::string m_fallback;
    Fp32Kernel m_ffwd = nullptr, m_fbwd = nullptr, m_fupd = nullptr;
    Fp32Kernel m_ffwd_acc = nullptr, m_fbwd_acc = nullptr;  // beta = 1: the later passes of a cut reduction
    Bf16Kernel m_bfwd = nullptr, m_bbwd = nullptr, m_bupd = nullptr;
    Buffer<float> m_w, m_b, m_db, m_mom, m_vel, m_bmom, m_bvel, m_grad;
    Buffer<bf16> m_wv, m_wtv;
    Buffer<float> m_y, m_z, m_dz, m_dzt, m_dx, m_dxt, m_xt, m_xf, m_scratch, m_yscratch, m_dbpart;
    Buffer<bf16> m_yb, m_dzb, m_dzv, m_xb, m_xtb;
    const float* m_x32 = nullptr;
    const bf16* m_x16 = nullptr;
    int m_threads = 1;
    bool m_keep_y = true;                          // the fp32 output is kept (always in FP32)
    bool m_copies_stale = false;                   // m_wv and m_wtv lag the master (add_to_weights)
    bool m_defer_update_copies = false;            // an update leaves them stale (set_weights_change_after_update)
    bool m_par = false;                            // run this layer's GEMMs on the whole team
    int m_fwd_chunk = 1, m_bwd_chunk = 1, m_upd_chunk = 1;  // resident panels per thread (work_split.h)
    int m_fwd_red = 1, m_bwd_red = 1;                       // reduced blocks per pass (all of them: one pass)
};

}  // namespace

std::unique_ptr<DenseLayer> make_libxsmm_dense(const DenseSpec& spec, const Context& ctx)
{
    return std::make_unique<LibxsmmDense>(spec, ctx);
}

}  // namespace tern::kernels

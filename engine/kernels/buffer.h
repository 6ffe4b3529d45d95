// A 64-byte aligned, zero-initialised array for kernel operands (AMX tile loads and AVX-512 like aligned rows);
// arrays of 2 MB and more are 2 MB aligned and asked to be backed by transparent huge pages.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

#include <sys/mman.h>

namespace tern::kernels {

template <typename T>
class Buffer {
public:
    Buffer() = default;
    explicit Buffer(std::size_t n) : m_size(n)
    {
        if (n == 0) return;
        std::size_t bytes = (n * sizeof(T) + 63) / 64 * 64;
        // Large operands on transparent 2 MB pages: a 4096 x 4096 fp32 weight matrix spans 16384 4-KB pages, far
        // more than the TLB covers, and each GEMM pass walks all of them. One-thread fp32 dense training steps ran
        // 3-10 % faster with them (bench_mlp shapes, batch 256/1024, C = K = 1024/4096).
        const bool huge = bytes >= huge_page;
        if (huge) bytes = (bytes + huge_page - 1) / huge_page * huge_page;
        void* p = std::aligned_alloc(huge ? huge_page : 64, bytes);
        if (!p) throw std::bad_alloc();
        if (huge) madvise(p, bytes, MADV_HUGEPAGE);
        std::memset(p, 0, bytes);
        m_data.reset(static_cast<T*>(p));
    }
    T* data() { return m_data.get(); }
    const T* data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    T& operator[](std::size_t i) { return m_data.get()[i]; }
    const T& operator[](std::size_t i) const { return m_data.get()[i]; }
    void zero() { if (m_size) std::memset(m_data.get(), 0, m_size * sizeof(T)); }

private:
    static constexpr std::size_t huge_page = std::size_t(2) << 20;
    struct Free {
        void operator()(T* p) const { std::free(p); }
    };
    std::unique_ptr<T, Free> m_data;
    std::size_t m_size = 0;
};

}  // namespace tern::kernels

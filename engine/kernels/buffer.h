// A 64-byte aligned, zero-initialised array for kernel operands (AMX tile loads and AVX-512 like aligned rows).
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

namespace tern::kernels {

template <typename T>
class Buffer {
public:
    Buffer() = default;
    explicit Buffer(std::size_t n) : m_size(n)
    {
        if (n == 0) return;
        std::size_t bytes = (n * sizeof(T) + 63) / 64 * 64;
        void* p = std::aligned_alloc(64, bytes);
        if (!p) throw std::bad_alloc();
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
    struct Free {
        void operator()(T* p) const { std::free(p); }
    };
    std::unique_ptr<T, Free> m_data;
    std::size_t m_size = 0;
};

}  // namespace tern::kernels

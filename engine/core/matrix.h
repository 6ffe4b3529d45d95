// A dense row-major float32 matrix: what a fitted preprocessing pipeline produces and what every model consumes.
#pragma once

#include <cassert>
#include <cstddef>
#include <span>
#include <vector>

namespace tern {

class Matrix {
public:
    Matrix() = default;
    Matrix(std::size_t rows, std::size_t cols, float fill = 0.0f) : m_rows(rows), m_cols(cols), m_values(rows * cols, fill) {}
    Matrix(std::size_t rows, std::size_t cols, std::vector<float> values)
        : m_rows(rows), m_cols(cols), m_values(std::move(values))
    {
        assert(m_values.size() == rows * cols);
    }

    std::size_t rows() const { return m_rows; }
    std::size_t cols() const { return m_cols; }
    bool empty() const { return m_values.empty(); }

    float& operator()(std::size_t r, std::size_t c) { return m_values[r * m_cols + c]; }
    float operator()(std::size_t r, std::size_t c) const { return m_values[r * m_cols + c]; }
    std::span<float> row(std::size_t r) { return {m_values.data() + r * m_cols, m_cols}; }
    std::span<const float> row(std::size_t r) const { return {m_values.data() + r * m_cols, m_cols}; }

    float* data() { return m_values.data(); }
    const float* data() const { return m_values.data(); }
    std::vector<float>& values() { return m_values; }
    const std::vector<float>& values() const { return m_values; }

private:
    std::size_t m_rows = 0;
    std::size_t m_cols = 0;
    std::vector<float> m_values;
};

}  // namespace tern

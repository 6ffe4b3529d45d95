#include "engine/data/row_identity.h"

#include <bit>
#include <cmath>
#include <string_view>
#include <unordered_set>

namespace tern::data {

namespace {

// splitmix64's finaliser: every input bit moves about half the output bits.
std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

constexpr std::uint64_t missing_cell = 0x6d697373696e6721ull;

void add_column(const Column& c, std::vector<std::uint64_t>& hashes)
{
    switch (c.type()) {
    case ColumnType::numeric: {
        const auto& v = c.numbers();
        for (std::size_t r = 0; r < hashes.size(); ++r)
            hashes[r] = mix(hashes[r] ^ (std::isnan(v[r]) ? missing_cell : std::bit_cast<std::uint64_t>(v[r] + 0.0)));
        break;
    }
    case ColumnType::categorical: {
        std::vector<std::uint64_t> level_hash;
        for (const std::string& level : c.levels())
            level_hash.push_back(std::hash<std::string_view>{}(level));
        const auto& codes = c.codes();
        for (std::size_t r = 0; r < hashes.size(); ++r)
            hashes[r] = mix(hashes[r] ^ (codes[r] < 0 ? missing_cell : level_hash[std::size_t(codes[r])]));
        break;
    }
    case ColumnType::text:
        for (std::size_t r = 0; r < hashes.size(); ++r)
            hashes[r] = mix(hashes[r] ^ (c.is_missing(r) ? missing_cell : std::hash<std::string_view>{}(c.texts()[r])));
        break;
    }
}

}  // namespace

std::vector<std::uint64_t> row_hashes(const Table& table, std::span<const std::string> columns)
{
    std::vector<std::uint64_t> hashes(table.rows(), 0x7465726eull);
    for (const std::string& name : columns)
        add_column(table.column(name), hashes);
    return hashes;
}

std::size_t duplicate_rows(const Table& table)
{
    std::vector<std::string> names;
    for (const Column& c : table.columns())
        names.push_back(c.name());
    std::unordered_set<std::uint64_t> seen;
    seen.reserve(table.rows());
    std::size_t duplicates = 0;
    for (std::uint64_t h : row_hashes(table, names))
        duplicates += !seen.insert(h).second;
    return duplicates;
}

std::size_t rows_also_in(const Table& later, const Table& earlier, std::span<const std::string> columns)
{
    const std::vector<std::uint64_t> known = row_hashes(earlier, columns);
    const std::unordered_set<std::uint64_t> seen(known.begin(), known.end());
    std::size_t shared = 0;
    for (std::uint64_t h : row_hashes(later, columns))
        shared += seen.count(h);
    return shared;
}

}  // namespace tern::data

// The in-memory table every part of Tern works on: columnar, typed, missing-aware.
//
// Numeric cells are double (NaN = missing), exact to 15 digits so that keys and barcodes stay distinct; models get
// them as float (prep/transform_rows), categorical cells are int32 codes into the column's level names
// (-1 = missing), text cells are strings with their own missing mask. Columns carry a role so that the target
// and ignored columns travel with the data instead of in side lists.
#pragma once

#include "engine/data/calendar.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tern::data {

enum class ColumnType { numeric, categorical, text };
enum class ColumnRole { feature, target, ignored };

// Cells of a numeric or date column that were neither and were read as missing
// (ReadOptions::lenient_number_columns), and numbers no float holds (inf, 1e39), which read as missing in any
// numeric column: how many, and the first one's data row (0-based) and text.
struct UnreadCells {
    std::size_t count = 0;
    std::size_t beyond_float = 0;  // of count: numbers, not words, so they never make a column words
    std::size_t first_row = 0;
    std::string first_text;

    void add(std::size_t row, std::string_view text)
    {
        if (count++ == 0) {
            first_row = row;
            first_text = std::string(text);
        }
    }
    void add_beyond_float(std::size_t row, std::string_view text)
    {
        add(row, text);
        ++beyond_float;
    }
    std::size_t words() const { return count - beyond_float; }
    // More such words than values read, beyond two stray ones: not the column the model was fitted on, but words.
    bool outnumber(std::size_t values) const { return words() > 2 && words() > values; }
    // More than a few strays among `values` numbers (ReadOptions::stray_words_as_missing): at most two, or one in
    // 200, and one in 20 at most (a column empty in the sniffed rows with two words later holds words).
    bool beyond_strays(std::size_t values) const
    {
        const std::size_t n = words();
        return n > 0 && (n > std::max<std::size_t>(2, values / 200) || values < 20 * n);
    }
};

std::string_view to_string(ColumnType type);
std::string_view to_string(ColumnRole role);

class Column {
public:
    static constexpr std::int32_t missing_code = -1;

    static Column numeric(std::string name, std::vector<double> values);
    static Column categorical(std::string name, std::vector<std::int32_t> codes, std::vector<std::string> levels);
    static Column text(std::string name, std::vector<std::string> values, std::vector<std::uint8_t> missing);
    // A numeric column of dates: days since 1970-01-01 (calendar.h), shown as dates; `format` is how the source
    // wrote them.
    static Column date(std::string name, std::vector<double> days, DateFormat format = {});

    const std::string& name() const { return m_name; }
    ColumnType type() const { return m_type; }
    bool is_date() const { return m_date; } // numeric, holding days since 1970-01-01
    DateFormat date_format() const { return m_date_format; }
    // Numeric, read from a file that grouped thousands with dots: its "1.200" was 1200 (see ReadOptions).
    bool thousands_dots() const { return m_thousands_dots; }
    void set_thousands_dots(bool on) { m_thousands_dots = on; }
    // Numeric, read from a comma-delimited file that wrote decimal commas in quotes: its "1,234" was 1.234.
    bool decimal_commas() const { return m_decimal_commas; }
    void set_decimal_commas(bool on) { m_decimal_commas = on; }
    const UnreadCells& unread_cells() const { return m_unread; }
    void set_unread_cells(UnreadCells unread) { m_unread = std::move(unread); }
    ColumnRole role() const { return m_role; }
    void set_role(ColumnRole role) { m_role = role; }
    std::size_t size() const;

    bool is_missing(std::size_t row) const;
    std::size_t missing_count() const;
    std::size_t unique_count() const;  // distinct non-missing values

    // Typed access; calling the accessor of another type is a programming error (checked in debug builds).
    const std::vector<double>& numbers() const { return m_numbers; }
    const std::vector<std::int32_t>& codes() const { return m_codes; }
    const std::vector<std::string>& levels() const { return m_levels; }
    const std::vector<std::string>& texts() const { return m_texts; }

    // The cell as the user would read it; "" for a missing cell.
    std::string display(std::size_t row) const;

private:
    std::string m_name;
    ColumnType m_type = ColumnType::numeric;
    bool m_date = false;
    DateFormat m_date_format;
    bool m_thousands_dots = false;
    bool m_decimal_commas = false;
    UnreadCells m_unread;
    ColumnRole m_role = ColumnRole::feature;
    std::vector<double> m_numbers;
    std::vector<std::int32_t> m_codes;
    std::vector<std::string> m_levels;
    std::vector<std::string> m_texts;
    std::vector<std::uint8_t> m_text_missing;  // 1 = missing; same length as m_texts
};

class Table {
public:
    Table() = default;
    explicit Table(std::vector<Column> columns);  // all columns must have the same length; names unique

    std::size_t rows() const { return m_rows; }
    std::size_t cols() const { return m_columns.size(); }
    const std::vector<Column>& columns() const { return m_columns; }
    const Column& column(std::size_t i) const { return m_columns.at(i); }
    Column& column(std::size_t i) { return m_columns.at(i); }

    std::optional<std::size_t> find(std::string_view name) const;
    const Column& column(std::string_view name) const;  // throws InputError naming the missing column

    // Marks `name` as the target (every other column that was the target becomes a feature again).
    void set_target(std::string_view name);
    std::optional<std::size_t> target_index() const;

    std::size_t missing_cells() const;

private:
    std::vector<Column> m_columns;
    std::size_t m_rows = 0;
};

inline bool is_missing(double v) { return std::isnan(v); }

}  // namespace tern::data

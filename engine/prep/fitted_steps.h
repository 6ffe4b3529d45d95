// The fitted state of a preprocessing pipeline, laid out so that other parts of Tern can read it: the report, the
// GUI, and the ONNX export (which rebuilds imputation, encoding and scaling as graph nodes). Read-only for them:
// Pipeline::steps() returns a const reference; only the fit (pipeline_fit.cpp) and load write it.
//
// Output layout: every kept input column contributes, in table order, its value (numeric) or its encoding block
// (categorical), for a date its calendar parts (month, day, weekday) and, for date-times, the hour of day, then its
// missing indicator if it has one. After that, every output feature f is scaled as (v - center[f]) / scale[f];
// one-hot and indicator features have center 0, scale 1.
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/message.h"
#include "engine/data/calendar.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tern::prep {

enum class Imputation : std::uint8_t { none, mean, median, most_frequent, constant, knn, iterative };
enum class Encoding : std::uint8_t { onehot, ordinal, target };
enum class Scaling : std::uint8_t { standard, robust, none };

std::string_view to_string(Imputation v);
std::string_view to_string(Encoding v);
std::string_view to_string(Scaling v);
std::optional<Imputation> imputation_from_string(std::string_view s);
std::optional<Encoding> encoding_from_string(std::string_view s);
std::optional<Scaling> scaling_from_string(std::string_view s);

// One numeric input column.
struct NumericStep {
    std::string column;
    std::size_t source_index = 0; // position in the fitted table (a hint; transform finds columns by name)
    bool date = false;            // the column holds days since 1970-01-01 (data/calendar.h)
    data::DateFormat date_format; // how the fitted file wrote them
    bool thousands_dots = false;  // the fitted file grouped thousands with dots ("1.200" = 1200)
    bool decimal_commas = false;  // the fitted comma-delimited file wrote decimal commas ("1,234" = 1.234)
    Imputation imputation = Imputation::median;
    // The value a missing cell becomes: the mean/median/mode/constant; for knn and iterative the training mean,
    // used when no donor or model applies; NaN for `none` (the model sees the missing value).
    float fill = 0.0f;
    std::size_t missing_in_training = 0;
    float train_min = 0.0f, train_max = 0.0f; // observed range (iterative predictions are clipped to it)
    int feature = -1;                         // output index of the value
    int calendar = -1; // dates: output index of the first of data::calendar_part_count parts, -1 = none
    int hour = -1;     // date-times (some training value has a time of day): output index of the hour, -1 = none
    int indicator = -1;                       // output index of the missing indicator, -1 = none
};

// One categorical input column (categorical codes or short text values, looked up by their string).
// Encoding slots: 0..L-1 the kept training levels, L = "other" (rare levels bucketed at fit, and levels never seen
// in training), L+1 = "missing". `table` holds (L+2) x width floats: the encoded block of each slot.
// Missing values: their own "missing" level when the column had missing values in training, except under
// most_frequent imputation, where they take the most frequent level; with no missing value in training a missing
// cell is treated like an unseen level.
struct CategoricalStep {
    std::string column;
    std::size_t source_index = 0;
    bool text = false; // the source column is text (values are used as level names)
    Encoding encoding = Encoding::onehot;
    Imputation imputation = Imputation::median; // only most_frequent changes behaviour (see above)
    std::vector<std::string> levels;            // kept levels, most frequent first
    std::vector<std::size_t> level_counts;      // their training counts
    std::size_t rare_levels = 0;                // distinct training levels bucketed into "other"
    std::size_t missing_in_training = 0;
    bool has_other = false;         // the encoding has an explicit "other" feature/code/statistic
    bool has_missing_level = false; // the encoding has an explicit "missing" feature/code/statistic
    std::size_t width = 0;          // output features of the block
    std::vector<float> table;       // (levels.size() + 2) x width
    int first_feature = -1;
    int indicator = -1;

    std::size_t slot_count() const { return levels.size() + 2; }
    std::size_t other_slot() const { return levels.size(); }
    std::size_t missing_slot() const { return levels.size() + 1; }
    std::span<const float> block(std::size_t slot) const { return {table.data() + slot * width, width}; }
};

// k-NN imputation (nan-Euclidean distance on standardised numeric inputs, like scikit-learn's KNNImputer),
// against a capped subsample of the training rows.
struct KnnStep {
    std::size_t k = 5;
    std::vector<float> center, scale; // per numeric step: standardisation of the distance space
    Matrix donors;                    // donors x numeric steps, standardised, NaN = missing
};

// One regression of the round-robin (MICE-style) imputer: target = sum(weights * predictors) + intercept, clipped.
struct RidgeStep {
    std::size_t target = 0;              // index into FittedSteps::numeric
    std::vector<std::size_t> predictors; // indices into FittedSteps::numeric
    std::vector<float> weights;          // on the unscaled values
    float intercept = 0.0f;
    float low = 0.0f, high = 0.0f; // predictions are clipped to the target's observed training range
};

// Missing cells start at `initial` (training means); the ridge steps then run in order, each overwriting only the
// cells of its target that were missing in the row.
struct IterativeStep {
    std::vector<float> initial; // per numeric step
    std::vector<RidgeStep> steps;
};

struct SetAside {
    std::string column;
    Message reason; // target | ignored | constant | id-like | high-cardinality text, with the evidence
};

struct FittedSteps {
    std::vector<NumericStep> numeric;
    std::vector<CategoricalStep> categorical;
    std::optional<KnnStep> knn;             // present when some column uses knn
    std::optional<IterativeStep> iterative; // present when some column uses iterative
    Scaling scaling = Scaling::standard;
    std::vector<float> center, scale; // per output feature
    std::vector<std::string> feature_names;
    std::vector<SetAside> set_aside;
    std::size_t n_features() const { return feature_names.size(); }
};

} // namespace tern::prep

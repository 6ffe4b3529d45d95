// The preprocessing steps by name, with what each does: the search space and the GUI read this list instead of
// spelling the names out again.
#pragma once

#include <span>
#include <string_view>

namespace tern::prep {

enum class StepKind { imputer, encoder, scaler };

struct StepChoice {
    StepKind kind;
    std::string_view name;        // the PipelineConfig value
    std::string_view description; // one line for tooltips and reports
    bool leaves_missing = false;  // the model must accept NaN (imputer `none`)
};

std::span<const StepChoice> step_choices();

} // namespace tern::prep

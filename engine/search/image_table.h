// An image folder (one sub-folder per class) as a table the tabular search can use: every image read as grayscale,
// resized to side x side pixels (area interpolation), one numeric column per pixel scaled to [0, 1], and a
// categorical target column "class". Unreadable images are skipped (the data layer reports them).
#pragma once

#include "engine/core/progress.h"
#include "engine/data/table.h"

#include <string>

namespace tern::search {

inline constexpr const char* image_target = "class";
inline constexpr int image_side = 16;

// `classes`: the class names to use as levels (a test folder takes the training folder's); empty = the folder's.
data::Table image_table(const std::string& folder, const std::vector<std::string>& classes = {},
                        const JobControl& control = {});

}  // namespace tern::search

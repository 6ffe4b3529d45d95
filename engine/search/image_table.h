// An image folder (one sub-folder per class) as a table the tabular search can use: every image (transparent
// pixels on white) read as grayscale, resized to side x side pixels (area interpolation), one numeric column per
// pixel scaled to [0, 1], then its colour as the mean red, green and blue of a coarser grid of cells (a red and a
// green product of equal brightness differ only there), and a categorical target column "class". An image that
// cannot be decoded is left out and listed with its reason.
#pragma once

#include "engine/core/progress.h"
#include "engine/data/readers.h"
#include "engine/data/table.h"

#include <string>
#include <vector>

namespace tern::search {

inline constexpr const char* image_target = "class";
inline constexpr int image_side = 16;
inline constexpr int image_colour_side = 4;

// How an image becomes a model's input, in words, for a model card and a user feeding the model by hand.
inline constexpr const char* image_input_description =
    "transparent pixels on white; grayscale resized to 16 x 16 pixels by area averaging, one input per pixel "
    "px_ROW_COL = value / 255; colour resized to 4 x 4 cells by area averaging, inputs red_ROW_COL, green_ROW_COL, "
    "blue_ROW_COL = channel / 255";

// `classes`: the class names to use as levels (a test folder takes the training folder's; a class of the folder
// that they lack is added after them, so that its rows count as a class the training rows lack). Empty = the
// folder's. `skipped`, when given, receives every image left out: unreadable headers and failed decodes.
data::Table image_table(const std::string& folder, const std::vector<std::string>& classes = {},
                        const JobControl& control = {}, std::vector<data::UnreadableFile>* skipped = nullptr);

// Images to predict, without a target: `path` is one image file, or a folder whose images (in it and in its
// sub-folders, in natural order) are read. `files` receives the path of each row.
data::Table image_rows(const std::string& path, std::vector<std::string>& files,
                       std::vector<data::UnreadableFile>& skipped, const JobControl& control = {});

}  // namespace tern::search

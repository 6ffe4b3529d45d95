// A View is an image derived from the original by crops, scaling and rotations, together with the affine map from
// original pixels to view pixels, so that every word box can be mapped back to the ORIGINAL image.
#pragma once

#include "engine/ocr/types.h"

#include <opencv2/core.hpp>

namespace tern::ocr {

struct View {
    cv::Mat gray;                               // 8-bit, one channel
    cv::Matx33d from_orig = cv::Matx33d::eye(); // original -> view (homogeneous)
};

View crop(const View& v, cv::Rect r);             // r is clipped to the view
View scale(const View& v, double factor);         // area/cubic interpolation
View rotate90(const View& v, int quarter_turns);  // clockwise quarter turns (1 = 90 degrees clockwise)
View rotate_small(const View& v, double degrees); // counter-clockwise, canvas grown, border filled with white

// A box in view pixels -> the bounding box of its image in the original, clipped to width x height.
Box to_original(const View& v, const cv::Rect& r, int width, int height);

} // namespace tern::ocr

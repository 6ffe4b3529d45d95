// View transforms: each operation produces the new pixels and pre-multiplies its affine map.
#include "engine/ocr/view.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace tern::ocr {

static cv::Matx33d lift(const cv::Mat& affine2x3)
{
    cv::Matx33d m = cv::Matx33d::eye();
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c)
            m(r, c) = affine2x3.at<double>(r, c);
    return m;
}

View crop(const View& v, cv::Rect r)
{
    r &= cv::Rect(0, 0, v.gray.cols, v.gray.rows);
    View out;
    out.gray = v.gray(r).clone();
    cv::Matx33d t = cv::Matx33d::eye();
    t(0, 2) = -r.x;
    t(1, 2) = -r.y;
    out.from_orig = t * v.from_orig;
    return out;
}

View scale(const View& v, double factor)
{
    if (std::abs(factor - 1.0) < 1e-3)
        return v;
    View out;
    const int w = std::max(1, static_cast<int>(std::lround(v.gray.cols * factor)));
    const int h = std::max(1, static_cast<int>(std::lround(v.gray.rows * factor)));
    cv::resize(v.gray, out.gray, cv::Size(w, h), 0, 0, factor > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
    cv::Matx33d s = cv::Matx33d::eye();
    s(0, 0) = static_cast<double>(w) / v.gray.cols;
    s(1, 1) = static_cast<double>(h) / v.gray.rows;
    out.from_orig = s * v.from_orig;
    return out;
}

View rotate90(const View& v, int quarter_turns)
{
    const int k = ((quarter_turns % 4) + 4) % 4;
    if (k == 0)
        return v;
    View out;
    const double W = v.gray.cols, H = v.gray.rows;
    cv::Matx33d m = cv::Matx33d::eye();
    if (k == 1) { // clockwise: (x, y) -> (H - 1 - y, x)
        cv::rotate(v.gray, out.gray, cv::ROTATE_90_CLOCKWISE);
        m = cv::Matx33d(0, -1, H - 1, 1, 0, 0, 0, 0, 1);
    } else if (k == 2) {
        cv::rotate(v.gray, out.gray, cv::ROTATE_180);
        m = cv::Matx33d(-1, 0, W - 1, 0, -1, H - 1, 0, 0, 1);
    } else { // counter-clockwise: (x, y) -> (y, W - 1 - x)
        cv::rotate(v.gray, out.gray, cv::ROTATE_90_COUNTERCLOCKWISE);
        m = cv::Matx33d(0, 1, 0, -1, 0, W - 1, 0, 0, 1);
    }
    out.from_orig = m * v.from_orig;
    return out;
}

View rotate_small(const View& v, double degrees)
{
    if (std::abs(degrees) < 0.05)
        return v;
    const cv::Point2f centre(v.gray.cols / 2.0f, v.gray.rows / 2.0f);
    cv::Mat rot = cv::getRotationMatrix2D(centre, degrees, 1.0);
    const cv::Rect2f bbox = cv::RotatedRect(cv::Point2f(), v.gray.size(), static_cast<float>(degrees)).boundingRect2f();
    rot.at<double>(0, 2) += bbox.width / 2.0 - centre.x;
    rot.at<double>(1, 2) += bbox.height / 2.0 - centre.y;
    View out;
    cv::warpAffine(v.gray, out.gray, rot,
                   cv::Size(static_cast<int>(std::ceil(bbox.width)), static_cast<int>(std::ceil(bbox.height))),
                   cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
    out.from_orig = lift(rot) * v.from_orig;
    return out;
}

Box to_original(const View& v, const cv::Rect& r, int width, int height)
{
    const cv::Matx33d inv = v.from_orig.inv();
    double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
    const double xs[2] = {static_cast<double>(r.x), static_cast<double>(r.x + r.width)};
    const double ys[2] = {static_cast<double>(r.y), static_cast<double>(r.y + r.height)};
    for (double x : xs)
        for (double y : ys) {
            const cv::Vec3d p = inv * cv::Vec3d(x, y, 1.0);
            x0 = std::min(x0, p[0]), x1 = std::max(x1, p[0]);
            y0 = std::min(y0, p[1]), y1 = std::max(y1, p[1]);
        }
    const int bx0 = std::clamp(static_cast<int>(std::floor(x0)), 0, std::max(0, width - 1));
    const int by0 = std::clamp(static_cast<int>(std::floor(y0)), 0, std::max(0, height - 1));
    const int bx1 = std::clamp(static_cast<int>(std::ceil(x1)), bx0 + 1, width);
    const int by1 = std::clamp(static_cast<int>(std::ceil(y1)), by0 + 1, height);
    return {bx0, by0, bx1 - bx0, by1 - by0};
}

} // namespace tern::ocr

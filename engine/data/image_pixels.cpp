#include "engine/data/image_pixels.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace tern::data {

cv::Mat to_depth8(const cv::Mat& image)
{
    if (image.depth() == CV_8U)
        return image;
    cv::Mat out;
    if (image.depth() == CV_16U)
        image.convertTo(out, CV_8U, 1.0 / 257.0);
    else if (image.depth() == CV_32F || image.depth() == CV_64F) {
        double lo = 0, hi = 0;
        cv::minMaxLoc(image.reshape(1), &lo, &hi);
        const double scale = hi > 1.0 ? 255.0 / std::max(hi, 1e-9) : 255.0; // [0,1] floats or arbitrary range
        image.convertTo(out, CV_8U, scale);
    } else
        cv::normalize(image, out, 0, 255, cv::NORM_MINMAX, CV_8U);
    return out;
}

cv::Mat to_bgr8_on_white(const cv::Mat& image)
{
    if (image.empty())
        return {};
    const cv::Mat img = to_depth8(image);
    cv::Mat bgr;
    if (img.channels() == 3)
        return img;
    if (img.channels() == 1) {
        cv::cvtColor(img, bgr, cv::COLOR_GRAY2BGR);
        return bgr;
    }
    std::vector<cv::Mat> ch;
    cv::split(img, ch);
    const cv::Mat alpha_channel = ch.back();
    if (img.channels() == 2)
        cv::cvtColor(ch[0], bgr, cv::COLOR_GRAY2BGR);
    else
        cv::merge(std::vector<cv::Mat>{ch[0], ch[1], ch[2]}, bgr);
    cv::Mat alpha, alpha3, colour;
    alpha_channel.convertTo(alpha, CV_32F, 1.0 / 255.0);
    cv::cvtColor(alpha, alpha3, cv::COLOR_GRAY2BGR);
    bgr.convertTo(colour, CV_32FC3);
    colour = colour.mul(alpha3) + (cv::Scalar::all(1.0) - alpha3) * 255.0;
    colour.convertTo(bgr, CV_8UC3);
    return bgr;
}

} // namespace tern::data

// Preprocessing steps. Each is cheap (a few ms on a label); the order is chosen by the pipeline.
#include "engine/ocr/preprocess.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <random>
#include <vector>

namespace tern::ocr {

bool normalise_polarity(cv::Mat& gray)
{
    cv::Mat bin;
    cv::threshold(gray, bin, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const int b = std::max(1, std::min(gray.rows, gray.cols) / 40); // a thin frame along the border
    const double total = static_cast<double>(bin.total()) -
                         static_cast<double>(std::max(0, bin.cols - 2 * b)) * std::max(0, bin.rows - 2 * b);
    double light = cv::countNonZero(bin);
    if (bin.cols > 2 * b && bin.rows > 2 * b)
        light -= cv::countNonZero(bin(cv::Rect(b, b, bin.cols - 2 * b, bin.rows - 2 * b)));
    if (total > 0 && light * 2 < total) {
        cv::bitwise_not(gray, gray);
        return true;
    }
    return false;
}

void stretch_contrast(cv::Mat& gray)
{
    int hist[256] = {0};
    for (int y = 0; y < gray.rows; ++y) {
        const uchar* p = gray.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; ++x)
            ++hist[p[x]];
    }
    const long n = static_cast<long>(gray.total());
    long acc = 0;
    int lo = 0, hi = 255;
    for (int i = 0; i < 256; ++i)
        if ((acc += hist[i]) > n / 100) {
            lo = i;
            break;
        }
    acc = 0;
    for (int i = 255; i >= 0; --i)
        if ((acc += hist[i]) > n / 100) {
            hi = i;
            break;
        }
    if (hi - lo < 8 || (lo == 0 && hi == 255))
        return;
    gray.convertTo(gray, CV_8U, 255.0 / (hi - lo), -255.0 * lo / (hi - lo));
}

void denoise_light(cv::Mat& gray)
{
    if (gray.total() < 64)
        return;
    cv::Mat med, diff;
    cv::medianBlur(gray, med, 3);
    cv::absdiff(gray, med, diff);
    // Mean deviation from the local median: ~1-3 on clean renders, 8+ with visible noise.
    if (cv::mean(diff)[0] > 6.0)
        gray = med;
}

cv::Mat ink_mask(const cv::Mat& gray)
{
    cv::Mat ink;
    cv::threshold(gray, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    return ink;
}

double upscale_factor(double glyph_px, cv::Size size, double target_px, double max_pixels)
{
    if (glyph_px <= 0)
        return 1.0;
    double f = std::clamp(target_px / glyph_px, 1.0, 4.0);
    const double px = static_cast<double>(size.width) * size.height;
    if (px * f * f > max_pixels)
        f = std::max(1.0, std::sqrt(max_pixels / px));
    return f < 1.15 ? 1.0 : f; // resampling for a few percent is noise, not gain
}

double estimate_skew(const cv::Mat& ink, double max_deg)
{
    std::vector<cv::Point> pts;
    cv::findNonZero(ink, pts);
    if (pts.size() < 50)
        return 0.0;
    if (pts.size() > 30000) { // a random subsample keeps the profile shape and bounds the cost
        std::mt19937 rng(12345);
        std::shuffle(pts.begin(), pts.end(), rng);
        pts.resize(30000);
    }
    const double diag = std::hypot(ink.cols, ink.rows);
    const int bins = static_cast<int>(diag) + 2;
    std::vector<double> hist(bins);
    auto sharpness = [&](double deg) {
        const double a = deg * CV_PI / 180.0, s = std::sin(a), c = std::cos(a);
        std::fill(hist.begin(), hist.end(), 0.0);
        for (const auto& p : pts) {
            // y after cv::getRotationMatrix2D(+deg): y' = -x sin + y cos
            const int b = static_cast<int>(-p.x * s + p.y * c + diag / 2);
            if (b >= 0 && b < bins)
                hist[b] += 1;
        }
        double e = 0;
        for (double h : hist)
            e += h * h;
        return e;
    };
    double best = 0, best_e = sharpness(0);
    const double base = best_e;
    for (double d = -max_deg; d <= max_deg + 1e-9; d += 1.0) {
        const double e = sharpness(d);
        if (e > best_e)
            best_e = e, best = d;
    }
    for (double d = best - 0.75; d <= best + 0.75 + 1e-9; d += 0.25) {
        const double e = sharpness(d);
        if (e > best_e)
            best_e = e, best = d;
    }
    // A small gain over "no rotation" is profile noise, not skew.
    if (std::abs(best) < 0.75 || best_e < base * 1.05)
        return 0.0;
    return best;
}

} // namespace tern::ocr

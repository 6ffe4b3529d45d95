// Test images the OCR tests draw themselves (cv::putText), so no test depends on a checked-in sample: lines of
// text, turned by a multiple of 90 degrees, white on dark, or one letter per line (stacked).
#pragma once

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

namespace tern::ocr::test {

inline cv::Mat render_lines(const std::vector<std::string>& lines, bool inverted = false, double scale = 1.1)
{
    const int font = cv::FONT_HERSHEY_DUPLEX, thick = 2;
    int base = 0, w = 0, h = 0;
    std::vector<cv::Size> sizes;
    for (const auto& l : lines) {
        sizes.push_back(cv::getTextSize(l, font, scale, thick, &base));
        w = std::max(w, sizes.back().width);
        h += sizes.back().height + base + 14;
    }
    const cv::Scalar bg = inverted ? cv::Scalar(40, 30, 20) : cv::Scalar(235, 245, 250);
    const cv::Scalar fg = inverted ? cv::Scalar(250, 250, 250) : cv::Scalar(30, 20, 10);
    cv::Mat img(h + 40, w + 60, CV_8UC3, bg);
    int y = 20;
    for (size_t i = 0; i < lines.size(); ++i) {
        y += sizes[i].height;
        cv::putText(img, lines[i], cv::Point(30, y), font, scale, fg, thick, cv::LINE_AA);
        y += base + 14;
    }
    return img;
}

// Clockwise quarter turns, as the labels' "rot90" (text runs top to bottom) / "rot180" / "rot270".
inline cv::Mat turned(const cv::Mat& img, int degrees)
{
    cv::Mat out;
    if (degrees == 90)
        cv::rotate(img, out, cv::ROTATE_90_CLOCKWISE);
    else if (degrees == 180)
        cv::rotate(img, out, cv::ROTATE_180);
    else if (degrees == 270)
        cv::rotate(img, out, cv::ROTATE_90_COUNTERCLOCKWISE);
    else
        out = img.clone();
    return out;
}

inline cv::Mat render_stacked(const std::string& word, double scale = 1.4)
{
    const int font = cv::FONT_HERSHEY_DUPLEX, thick = 2;
    int base = 0;
    const cv::Size s = cv::getTextSize("W", font, scale, thick, &base);
    const int step = s.height + s.height / 2 + 4;
    cv::Mat img(static_cast<int>(word.size()) * step + 40, s.width + 50, CV_8UC3, cv::Scalar(225, 235, 250));
    for (size_t i = 0; i < word.size(); ++i) {
        const std::string ch(1, word[i]);
        const cv::Size c = cv::getTextSize(ch, font, scale, thick, &base);
        cv::putText(img, ch, cv::Point((img.cols - c.width) / 2, 20 + s.height + static_cast<int>(i) * step), font,
                    scale, cv::Scalar(20, 20, 90), thick, cv::LINE_AA);
    }
    return img;
}

inline std::string fold(const std::string& s)
{
    std::string out;
    bool space = false;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

inline double cer(const std::string& got_raw, const std::string& truth_raw)
{
    const std::string a = fold(got_raw), b = fold(truth_raw);
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
        std::swap(prev, cur);
    }
    return b.empty() ? (a.empty() ? 0.0 : 1.0) : static_cast<double>(prev[b.size()]) / b.size();
}

} // namespace tern::ocr::test

// Block finding by component linking (scale-adaptive: fine print and titles on one face each form their blocks).
#include "engine/ocr/regions.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tern::ocr {

namespace {

struct Comp {
    cv::Rect r;
    double s;  // max(width, height)
};

struct UnionFind {
    std::vector<int> p;
    explicit UnionFind(size_t n) : p(n) { std::iota(p.begin(), p.end(), 0); }
    int find(int x) { return p[x] == x ? x : p[x] = find(p[x]); }
    void join(int a, int b) { p[find(a)] = find(b); }
};

std::vector<Comp> components(const cv::Mat& mask, cv::Size image)
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    const double max_side = 0.3 * std::min(image.width, image.height);
    std::vector<Comp> out;
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        const double s = std::max(w, h), t = std::min(w, h);
        if (s < 6 || s > max_side || s > 12 * std::max(1.0, t))
            continue;  // specks, background patches, rules and wood grain
        const double fill = static_cast<double>(area) / (static_cast<double>(w) * h);
        if (fill < 0.08 || (fill > 0.95 && s > 10))
            continue;  // outlines of large shapes; solid rectangles (a letter is never a solid box)
        out.push_back({cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), w, h), s});
    }
    return out;
}

// Groups components whose gap is under `k` x the smaller one's size and whose sizes differ by < 2x.
std::vector<TextBlock> group(std::vector<Comp> c, double k)
{
    std::sort(c.begin(), c.end(), [](const Comp& a, const Comp& b) { return a.r.x < b.r.x; });
    UnionFind uf(c.size());
    for (size_t i = 0; i < c.size(); ++i) {
        const cv::Rect& a = c[i].r;
        for (size_t j = i + 1; j < c.size(); ++j) {
            const cv::Rect& b = c[j].r;
            if (b.x - (a.x + a.width) > k * c[i].s)
                break;  // sorted by left edge: every later component is further right
            const double lo = std::min(c[i].s, c[j].s), hi = std::max(c[i].s, c[j].s);
            if (hi > 2.0 * lo)
                continue;
            const double dx = std::max(0, std::max(a.x, b.x) - std::min(a.x + a.width, b.x + b.width));
            const double dy = std::max(0, std::max(a.y, b.y) - std::min(a.y + a.height, b.y + b.height));
            if (std::hypot(dx, dy) <= k * lo)
                uf.join(static_cast<int>(i), static_cast<int>(j));
        }
    }
    std::vector<int> root_index(c.size(), -1);
    std::vector<TextBlock> blocks;
    std::vector<std::vector<double>> sizes;
    for (size_t i = 0; i < c.size(); ++i) {
        const int r = uf.find(static_cast<int>(i));
        if (root_index[r] < 0) {
            root_index[r] = static_cast<int>(blocks.size());
            blocks.push_back({c[i].r, 0, 0});
            sizes.emplace_back();
        }
        TextBlock& b = blocks[root_index[r]];
        b.box |= c[i].r;
        ++b.glyphs;
        sizes[root_index[r]].push_back(c[i].s);
    }
    std::vector<TextBlock> out;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].glyphs < 3)
            continue;  // a lone pair is noise more often than text
        auto& s = sizes[i];
        std::nth_element(s.begin(), s.begin() + s.size() / 2, s.end());
        blocks[i].glyph_px = s[s.size() / 2];
        out.push_back(blocks[i]);
    }
    return out;
}

bool overlapping(const cv::Rect& a, const cv::Rect& b)
{
    const double inter = (a & b).area();
    return inter > 0.4 * std::min(a.area(), b.area());
}

}  // namespace

std::vector<TextBlock> find_text_blocks(const cv::Mat& gray, int max_blocks)
{
    if (gray.empty())
        return {};
    int win = std::max(15, std::min(gray.cols, gray.rows) / 25) | 1;
    cv::Mat dark, light;
    cv::adaptiveThreshold(gray, dark, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, win, 12);
    cv::adaptiveThreshold(gray, light, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, win, -12);

    std::vector<TextBlock> blocks = group(components(dark, gray.size()), 0.9);
    for (auto& b : group(components(light, gray.size()), 0.9))
        blocks.push_back(b);

    // The two polarities see the same block (letters and the gaps between them): merge overlaps until stable.
    bool merged = true;
    while (merged) {
        merged = false;
        for (size_t i = 0; i < blocks.size() && !merged; ++i)
            for (size_t j = i + 1; j < blocks.size(); ++j)
                if (overlapping(blocks[i].box, blocks[j].box)) {
                    blocks[i].box |= blocks[j].box;
                    blocks[i].glyph_px = std::max(blocks[i].glyph_px, blocks[j].glyph_px);
                    blocks[i].glyphs = std::max(blocks[i].glyphs, blocks[j].glyphs);
                    blocks.erase(blocks.begin() + static_cast<long>(j));
                    merged = true;
                    break;
                }
    }
    const cv::Rect image(0, 0, gray.cols, gray.rows);
    for (auto& b : blocks) {
        const int m = std::max(4, static_cast<int>(0.6 * b.glyph_px));
        b.box = cv::Rect(b.box.x - m, b.box.y - m, b.box.width + 2 * m, b.box.height + 2 * m) & image;
    }
    std::sort(blocks.begin(), blocks.end(), [](const TextBlock& a, const TextBlock& b) { return a.glyphs > b.glyphs; });
    if (static_cast<int>(blocks.size()) > max_blocks)
        blocks.resize(max_blocks);
    return blocks;
}

}  // namespace tern::ocr

// Block finding by component linking (scale-adaptive: fine print and titles on one face each form their blocks).
#include "engine/ocr/regions.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <opencv2/imgproc.hpp>

namespace tern::ocr {

namespace {

struct Comp {
    cv::Rect r;
    double s; // max(width, height)
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
    // Letters on a face are small next to the face; bigger components are panels, stripes, stickers and shadows.
    const double max_side = std::max(40.0, 0.12 * std::min(image.width, image.height));
    std::vector<Comp> out;
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        const double s = std::max(w, h), t = std::min(w, h);
        if (s < 6 || s > max_side || s > 12 * std::max(1.0, t))
            continue; // specks, background patches, rules and wood grain
        const double fill = static_cast<double>(area) / (static_cast<double>(w) * h);
        if (fill < 0.15 || (fill > 0.95 && s > 10))
            continue; // outlines of large shapes; solid rectangles (a letter is never a solid box)
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
                break; // sorted by left edge: every later component is further right
            const double lo = std::min(c[i].s, c[j].s), hi = std::max(c[i].s, c[j].s);
            if (hi > 2.0 * lo)
                continue;
            // Neighbours along a row (overlapping vertically) or a column (overlapping horizontally): text lines
            // in any of the four orientations link, diagonal chains (stripe edges, texture) do not.
            const int ox = std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x);
            const int oy = std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y);
            const bool row = oy >= 0.5 * std::min(a.height, b.height) && -ox <= k * lo;
            const bool column = ox >= 0.5 * std::min(a.width, b.width) && -oy <= k * lo;
            if (row || column)
                uf.join(static_cast<int>(i), static_cast<int>(j));
        }
    }
    std::vector<int> root_index(c.size(), -1);
    std::vector<TextBlock> blocks;
    std::vector<std::vector<double>> sizes;
    std::vector<double> ink_area;
    for (size_t i = 0; i < c.size(); ++i) {
        const int r = uf.find(static_cast<int>(i));
        if (root_index[r] < 0) {
            root_index[r] = static_cast<int>(blocks.size());
            blocks.push_back({c[i].r, 0, 0});
            sizes.emplace_back();
            ink_area.push_back(0);
        }
        TextBlock& b = blocks[root_index[r]];
        b.box |= c[i].r;
        ++b.glyphs;
        sizes[root_index[r]].push_back(c[i].s);
        ink_area[root_index[r]] += c[i].r.area();
    }
    std::vector<TextBlock> out;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].glyphs < 3)
            continue; // a lone pair is noise more often than text
        if (ink_area[i] < 0.12 * blocks[i].box.area())
            continue; // letters fill a text block; a sparse chain is an edge, a stripe or texture
        auto& s = sizes[i];
        std::nth_element(s.begin(), s.begin() + s.size() / 2, s.end());
        blocks[i].glyph_px = s[s.size() / 2];
        out.push_back(blocks[i]);
    }
    return out;
}

// The same block seen in both polarities (letters, and the gaps between them): boxes that nearly coincide, or a
// small one inside one not much larger. A block that merely spans others is not merged (see containers below).
bool same_block(const cv::Rect& a, const cv::Rect& b)
{
    const double inter = (a & b).area(), lo = std::min(a.area(), b.area()), hi = std::max(a.area(), b.area());
    return inter >= 0.3 * (a | b).area() || (inter >= 0.8 * lo && hi <= 3 * lo);
}

double contained(const cv::Rect& inner, const cv::Rect& outer)
{
    return static_cast<double>((inner & outer).area()) / std::max(1, inner.area());
}

// Glyph components of both polarities grouped, the two polarities' views of one block merged. `window`: the
// adaptive threshold's neighbourhood, odd.
std::vector<TextBlock> blocks_of(const cv::Mat& gray, int window)
{
    // A light blur and a clear contrast margin keep paper/wood texture and sensor noise from forming "glyphs".
    cv::Mat smooth, dark, light;
    cv::GaussianBlur(gray, smooth, cv::Size(3, 3), 0);
    cv::adaptiveThreshold(smooth, dark, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, window, 20);
    cv::adaptiveThreshold(smooth, light, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, window, -20);

    std::vector<TextBlock> blocks = group(components(dark, gray.size()), 0.9);
    for (auto& b : group(components(light, gray.size()), 0.9))
        blocks.push_back(b);

    // The two polarities see the same block (letters and the gaps between them): merge overlaps until stable.
    bool merged = true;
    while (merged) {
        merged = false;
        for (size_t i = 0; i < blocks.size() && !merged; ++i)
            for (size_t j = i + 1; j < blocks.size(); ++j)
                if (same_block(blocks[i].box, blocks[j].box) &&
                    std::max(blocks[i].glyph_px, blocks[j].glyph_px) <=
                        2.5 * std::min(blocks[i].glyph_px, blocks[j].glyph_px)) {
                    blocks[i].box |= blocks[j].box;
                    blocks[i].glyph_px = std::max(blocks[i].glyph_px, blocks[j].glyph_px);
                    blocks[i].glyphs = std::max(blocks[i].glyphs, blocks[j].glyphs);
                    blocks.erase(blocks.begin() + static_cast<long>(j));
                    merged = true;
                    break;
                }
    }
    return blocks;
}

void add_margins(std::vector<TextBlock>& blocks, cv::Size size)
{
    const cv::Rect image(0, 0, size.width, size.height);
    for (auto& b : blocks) {
        const int m = std::max(4, static_cast<int>(0.6 * b.glyph_px));
        b.box = cv::Rect(b.box.x - m, b.box.y - m, b.box.width + 2 * m, b.box.height + 2 * m) & image;
    }
}

} // namespace

std::vector<TextBlock> find_text_blocks(const cv::Mat& gray, int max_blocks)
{
    if (gray.empty())
        return {};
    std::vector<TextBlock> blocks = blocks_of(gray, std::max(15, std::min(gray.cols, gray.rows) / 25) | 1);
    // A block spanning two or more others is a chain through unrelated text (a stripe edge, a shadow), not text.
    std::vector<TextBlock> kept;
    for (size_t i = 0; i < blocks.size(); ++i) {
        int inside = 0;
        for (size_t j = 0; j < blocks.size(); ++j)
            inside += j != i && contained(blocks[j].box, blocks[i].box) >= 0.8;
        if (inside < 2)
            kept.push_back(blocks[i]);
    }
    blocks = std::move(kept);
    add_margins(blocks, gray.size());
    std::sort(blocks.begin(), blocks.end(), [](const TextBlock& a, const TextBlock& b) { return a.glyphs > b.glyphs; });
    if (static_cast<int>(blocks.size()) > max_blocks)
        blocks.resize(max_blocks);
    return blocks;
}

std::vector<TextBlock> find_coarse_blocks(const cv::Mat& gray)
{
    constexpr int half = 2;         // large letters need no detail, and half the size costs a quarter
    constexpr double large_px = 40; // components this large or larger, in the image's pixels
    if (gray.empty() || std::min(gray.cols, gray.rows) < 200)
        return {};
    cv::Mat small;
    cv::resize(gray, small, cv::Size(gray.cols / half, gray.rows / half), 0, 0, cv::INTER_AREA);
    std::vector<TextBlock> coarse;
    for (TextBlock b : blocks_of(small, (std::min(small.cols, small.rows) / 6) | 1))
        if (b.glyph_px * half >= large_px) {
            b.box = cv::Rect(b.box.x * half, b.box.y * half, b.box.width * half, b.box.height * half);
            b.glyph_px *= half;
            coarse.push_back(b);
        }
    add_margins(coarse, gray.size());
    return coarse;
}

} // namespace tern::ocr

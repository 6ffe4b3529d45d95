// Per-block orientation search.
#include "engine/ocr/block_reader.h"

#include "engine/ocr/glyphs.h"
#include "engine/ocr/preprocess.h"
#include "engine/ocr/stacked.h"

#include <algorithm>
#include <array>

namespace tern::ocr {

double reading_score(const Reading& r, int components)
{
    if (r.chars == 0)
        return 0;
    const double completeness = components > 0 ? std::min(1.0, r.chars / (components * 0.7)) : 1.0;
    return r.mean_conf * completeness;
}

namespace {

struct Candidate {
    Reading reading;
    View view;
    Orientation orientation = Orientation::Up;
    double score = -1;
};

Orientation orientation_of(int degrees)
{
    switch (degrees) {
    case 90: return Orientation::Right90;
    case 180: return Orientation::Down180;
    case 270: return Orientation::Left270;
    default: return Orientation::Up;
    }
}

// Upright view of text that was turned `degrees` clockwise.
View undo_rotation(const View& v, int degrees)
{
    return rotate90(v, (4 - degrees / 90) % 4);
}

Region to_region(const Candidate& c, cv::Size orig)
{
    Region region;
    region.orientation = c.orientation;
    region.mean_conf = static_cast<float>(c.reading.mean_conf);
    region.score = std::max(0.0, c.score);
    bool first = true;
    cv::Rect all;
    for (const auto& w : c.reading.words) {
        region.words.push_back({w.text, w.conf, to_original(c.view, w.box, orig.width, orig.height)});
        if (!region.text.empty())
            region.text += ' ';
        region.text += w.text;
        all = first ? w.box : (all | w.box);
        first = false;
    }
    if (!first)
        region.box = to_original(c.view, all, orig.width, orig.height);
    return region;
}

Candidate read_stacked(Recognizer& rec, const View& v, const std::vector<cv::Rect>& rows)
{
    Candidate c;
    c.orientation = Orientation::Vertical;
    const cv::Mat line = compose_line(v.gray, rows);
    for (Psm psm : {Psm::Line, Psm::Word}) {
        Reading r = rec.read(line, psm);
        // The truth of a stacked word is the word without spaces: join whatever Tesseract split.
        std::string joined;
        double weighted = 0;
        for (const auto& w : r.words)
            joined += w.text, weighted += static_cast<double>(w.conf) * w.text.size();
        if (joined.empty())
            continue;
        cv::Rect box = rows.front();
        for (const auto& row : rows)
            box |= row;
        Reading one;
        one.words.push_back({joined, static_cast<float>(weighted / joined.size()), box, true});
        one.chars = static_cast<int>(joined.size());
        one.mean_conf = weighted / joined.size();
        const double s = reading_score(one, static_cast<int>(rows.size()));
        if (s > c.score) {
            c.reading = std::move(one);
            c.view = v;
            c.score = s;
        }
        if (c.score >= 80)
            break;
    }
    return c;
}

} // namespace

Region read_block(Recognizer& rec, const View& block, cv::Size orig, const BlockOptions& opt)
{
    View v = block;
    v.gray = block.gray.clone();
    denoise_light(v.gray);
    normalise_polarity(v.gray);
    stretch_contrast(v.gray);

    std::vector<cv::Rect> glyphs = find_glyphs(ink_mask(v.gray));
    if (glyphs.empty())
        return {};
    const double f = upscale_factor(glyph_size(glyphs), v.gray.size());
    if (f > 1.0) {
        v = scale(v, f);
        for (auto& g : glyphs)
            g = cv::Rect(cv::Point(static_cast<int>(g.x * f), static_cast<int>(g.y * f)),
                         cv::Size(static_cast<int>(g.width * f), static_cast<int>(g.height * f)));
    }
    const int components = static_cast<int>(typical_glyphs(glyphs, 0.3, 3.0).size());

    Candidate best;
    auto consider = [&](Candidate&& c) {
        if (c.score > best.score)
            best = std::move(c);
    };

    if (opt.try_stacked) {
        const auto rows = stacked_rows(glyphs);
        if (!rows.empty()) {
            consider(read_stacked(rec, v, rows));
            if (best.score >= 60) // geometry said "stacked" and the line reads: done
                return to_region(best, orig);
        }
    }

    const DirectionVote vote = line_direction(glyphs);
    const std::array<int, 2> horizontal = {0, 180}, vertical = {90, 270};
    const auto& first = vote.direction == Direction::Horizontal ? horizontal : vertical;
    const auto& second = vote.direction == Direction::Horizontal ? vertical : horizontal;

    auto try_pair = [&](const std::array<int, 2>& pair) {
        View upright = undo_rotation(v, pair[0]);
        const double skew = estimate_skew(ink_mask(upright.gray));
        for (int deg : pair) {
            View w = deg == pair[0] ? upright : rotate90(upright, 2);
            w = rotate_small(w, deg == pair[0] ? skew : skew);
            Candidate c;
            c.reading = rec.read(w.gray, Psm::Auto);
            c.score = reading_score(c.reading, components);
            c.view = std::move(w);
            c.orientation = orientation_of(deg);
            consider(std::move(c));
            if (best.score >= opt.stop_score)
                return true;
        }
        return false;
    };

    if (try_pair(first) || !opt.fallbacks)
        return to_region(best, orig);
    if (try_pair(second))
        return to_region(best, orig);
    // Nothing confident: other segmentation modes on the best rotation (skewed, sparse or curved text).
    const View bv = best.view;
    const Orientation bo = best.orientation;
    for (Psm psm : {Psm::Block, Psm::Sparse}) {
        Candidate c;
        c.reading = rec.read(bv.gray, psm);
        c.score = reading_score(c.reading, components);
        c.view = bv;
        c.orientation = bo;
        consider(std::move(c));
        if (best.score >= opt.stop_score)
            break;
    }
    return to_region(best, orig);
}

} // namespace tern::ocr

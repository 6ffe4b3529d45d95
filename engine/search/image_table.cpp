#include "engine/search/image_table.h"

#include "engine/core/error.h"
#include "engine/data/readers.h"

#include <fmt/format.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <map>

namespace tern::search {

data::Table image_table(const std::string& folder, const std::vector<std::string>& classes, const JobControl& control)
{
    const data::ImageFolder images = data::read_image_folder(folder, control);
    const std::vector<std::string>& levels = classes.empty() ? images.classes : classes;
    std::map<std::string, std::int32_t> code;
    for (std::size_t i = 0; i < levels.size(); ++i)
        code.emplace(levels[i], static_cast<std::int32_t>(i));
    constexpr int pixels = image_side * image_side;
    std::vector<std::vector<float>> columns(pixels);
    std::vector<std::int32_t> target;
    for (const auto& entry : images.images) {
        if (control.stop_requested())
            throw Cancelled();
        const cv::Mat img = cv::imread(entry.path, cv::IMREAD_GRAYSCALE);
        if (img.empty())
            continue;
        cv::Mat small;
        cv::resize(img, small, cv::Size(image_side, image_side), 0, 0, cv::INTER_AREA);
        for (int r = 0; r < image_side; ++r)
            for (int c = 0; c < image_side; ++c)
                columns[static_cast<std::size_t>(r * image_side + c)].push_back(small.at<std::uint8_t>(r, c) / 255.0f);
        const auto it = code.find(entry.class_name);
        target.push_back(it == code.end() ? data::Column::missing_code : it->second);
    }
    if (target.empty())
        throw InputError(fmt::format("{}: no readable image", folder));
    std::vector<data::Column> cols;
    for (int p = 0; p < pixels; ++p)
        cols.push_back(data::Column::numeric(fmt::format("px_{}_{}", p / image_side, p % image_side),
                                             std::move(columns[static_cast<std::size_t>(p)])));
    cols.push_back(data::Column::categorical(image_target, std::move(target), levels));
    return data::Table(std::move(cols));
}

}  // namespace tern::search

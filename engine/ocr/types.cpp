// Names of orientations as CONTRACT.md spells them, and the orientation most of an image's text is read in.
#include "engine/ocr/types.h"

#include <map>

namespace tern::ocr {

const char* orientation_name(Orientation o)
{
    switch (o) {
    case Orientation::Up: return "0";
    case Orientation::Right90: return "90";
    case Orientation::Down180: return "180";
    case Orientation::Left270: return "270";
    case Orientation::Vertical: return "vertical";
    }
    return "0";
}

Orientation dominant_orientation(const std::vector<Region>& regions)
{
    std::map<Orientation, std::size_t> characters;
    for (const auto& r : regions)
        characters[r.orientation] += r.text.size();
    Orientation best = Orientation::Up;
    std::size_t most = 0;
    for (const auto& [orientation, n] : characters)
        if (n > most) {
            best = orientation;
            most = n;
        }
    return best;
}

} // namespace tern::ocr

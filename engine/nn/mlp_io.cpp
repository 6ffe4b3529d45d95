// Mlp byte format: "TERNMLP1", u32 length, JSON header (config, sizes, parameter count), raw float32 parameters.
#include "engine/core/error.h"
#include "engine/nn/mlp.h"

#include <cstring>

namespace tern::nn {

namespace {
constexpr char magic[8] = {'T', 'E', 'R', 'N', 'M', 'L', 'P', '1'};
}

std::vector<std::uint8_t> Mlp::save() const
{
    const std::string header =
        nlohmann::json{{"config", m_config.to_json()}, {"inputs", m_inputs}, {"outputs", m_outputs},
                       {"parameters", m_params.size()}}
            .dump();
    std::vector<std::uint8_t> out(sizeof magic + 4 + header.size() + m_params.size() * 4);
    std::uint8_t* p = out.data();
    std::memcpy(p, magic, sizeof magic), p += sizeof magic;
    const std::uint32_t len = std::uint32_t(header.size());
    std::memcpy(p, &len, 4), p += 4;
    std::memcpy(p, header.data(), header.size()), p += header.size();
    if (!m_params.empty()) std::memcpy(p, m_params.data(), m_params.size() * 4);
    return out;
}

Mlp Mlp::load(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < sizeof magic + 4 || std::memcmp(bytes.data(), magic, sizeof magic) != 0)
        throw InputError("not a Tern MLP model (bad header)");
    std::uint32_t len;
    std::memcpy(&len, bytes.data() + sizeof magic, 4);
    if (bytes.size() < sizeof magic + 4 + std::size_t(len)) throw InputError("truncated Tern MLP model");
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(bytes.begin() + sizeof magic + 4, bytes.begin() + sizeof magic + 4 + len);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(std::string("corrupt Tern MLP model header: ") + e.what());
    }
    Mlp m(MlpConfig::from_json(header.at("config")));
    m.m_inputs = header.value("inputs", 0);
    m.m_outputs = header.value("outputs", 0);
    const std::size_t count = header.value("parameters", std::size_t(0));
    const std::size_t offset = sizeof magic + 4 + len;
    if (bytes.size() != offset + count * 4) throw InputError("truncated Tern MLP model parameters");
    m.m_params.resize(count);
    if (count) std::memcpy(m.m_params.data(), bytes.data() + offset, count * 4);
    m.m_version = 1;
    return m;
}

}  // namespace tern::nn

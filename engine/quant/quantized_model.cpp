// QuantizedModel: a QuantizedNetwork answering as a models::Model. It predicts from the same prepared features as
// its source model; it cannot be trained (fit throws), because a quantised model is only ever made from a fitted one.
#include "engine/quant/quantized_model.h"

#include "engine/core/error.h"
#include "engine/models/serial.h"
#include "engine/quant/network_io.h"

#include <fmt/format.h>

namespace tern::quant {

namespace {

// 2: ternary weights packed 2 bits each; 3: bf16 ternary scales; 4: only running residual blocks (network_io.h)
constexpr std::uint32_t kFormat = network_format;
constexpr std::uint32_t kOldestFormat = 3;
const std::string kEnvelope = "quantized";

class QuantizedModel final : public models::Model {
  public:
    QuantizedModel(std::string family, models::Params params, QuantizedNetwork net)
        : m_family(std::move(family)), m_params(std::move(params)), m_net(std::move(net))
    {
        m_params["precision"] = to_string(m_net.precision());
        if (m_net.precision() == Precision::ternary)
            m_params["residual_fraction"] = m_net.residual_fraction();
    }

    std::string family() const override { return m_family; }
    models::Params params() const override { return m_params; }

    void fit(const Matrix&, std::span<const float>, std::span<const float>, const models::FitContext&) override
    {
        throw InputError("a quantised model cannot be trained: quantise a fitted model instead");
    }

    std::vector<float> predict(const Matrix& x) const override
    {
        Matrix out = m_net.forward(x);
        if (is_classification(m_net.task))
            return models::most_probable_class(out);
        return std::vector<float>(out.values().begin(), out.values().end());
    }

    Matrix predict_proba(const Matrix& x) const override
    {
        if (!is_classification(m_net.task))
            throw InputError("predict_proba on a regression model");
        return m_net.forward(x);
    }

    std::vector<std::uint8_t> save() const override
    {
        models::ByteWriter w;
        models::write_envelope(w, kEnvelope, kFormat);
        w.put_string(m_family);
        w.put_string(m_params.dump());
        write_network(w, m_net);
        return w.finish();
    }

    const QuantizedNetwork& network() const { return m_net; }

  private:
    std::string m_family;
    models::Params m_params;
    QuantizedNetwork m_net;
};

} // namespace

std::unique_ptr<models::Model> quantize_model(const models::Model& fitted, const Matrix& calibration_rows,
                                              const QuantOptions& options)
{
    if (quantized_network(fitted))
        throw InputError("the model is already quantised");
    auto net = quantize(dense_stack(fitted), calibration_rows, options);
    return std::make_unique<QuantizedModel>(fitted.family(), fitted.params(), std::move(net));
}

std::unique_ptr<models::Model> quantized_model(std::string family, models::Params params, QuantizedNetwork net)
{
    if (family != "mlp" && family != "linear")
        throw InputError("only mlp and linear models can be quantised");
    return std::make_unique<QuantizedModel>(std::move(family), std::move(params), std::move(net));
}

const QuantizedNetwork* quantized_network(const models::Model& m)
{
    const auto* q = dynamic_cast<const QuantizedModel*>(&m);
    return q ? &q->network() : nullptr;
}

Precision model_precision(const models::Model& m)
{
    const auto* net = quantized_network(m);
    return net ? net->precision() : Precision::fp32;
}

std::unique_ptr<models::Model> load_quantized_model(std::span<const std::uint8_t> bytes)
{
    auto r = models::open_sealed(bytes, "quantised model");
    const std::uint32_t format = models::read_envelope(r, kEnvelope, kFormat);
    if (format < kOldestFormat)
        r.fail("format of an earlier development build");
    std::string family = r.get_string();
    if (family != "mlp" && family != "linear")
        r.fail("unknown source family");
    auto params = models::Params::parse(r.get_string(), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        r.fail("bad parameter block");
    auto net = read_network(r, format);
    r.expect_end();
    return std::make_unique<QuantizedModel>(std::move(family), std::move(params), std::move(net));
}

} // namespace tern::quant

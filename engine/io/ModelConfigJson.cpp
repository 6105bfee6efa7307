// config.json ⇄ ModelConfig (api/ModelConfig.h): reads every GPT2Config field with Hugging Face's
// defaults and aliases, validating types and ranges with the field named in each error; writes
// what GPT2ForSequenceClassification.save_pretrained writes (sorted keys, indent 2, ASCII escapes,
// trailing newline, id2label keys as strings).
// Deliberately ignores fields no GPT-2 code reads (n_ctx, task_specific_params, ...) and does not
// write transformers_version (LiteTune is not transformers; loaders only warn on its absence).
// Reference: transformers src/transformers/models/gpt2/configuration_gpt2.py,
// src/transformers/configuration_utils.py (to_json_string, attribute_map); docs/formats.md §1.1.
#include "api/ModelConfig.h"

#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/JsonFile.h"

#include <limits>
#include <set>

namespace litetune {

namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxConfigBytes = 8 * 1024 * 1024;
constexpr std::int64_t kMaxLabels = 100000;

const std::set<std::string>& gpt2Architectures() {
    static const std::set<std::string> names{"GPT2LMHeadModel",
                                             "GPT2Model",
                                             "GPT2ForSequenceClassification",
                                             "GPT2DoubleHeadsModel",
                                             "GPT2ForTokenClassification",
                                             "GPT2ForQuestionAnswering"};
    return names;
}

// Field access with the file and field named in every error.
class ConfigFields {
public:
    ConfigFields(const Json& root, std::string file)
        : m_root(root)
        , m_file(std::move(file)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
        throwBadInput(m_file + ": field \"" + field + "\" " + problem + ".");
    }

    // The value under `name` or its alias; both present with different values is an error.
    const Json* find(const std::string& name, const std::string& alias = {}) const {
        const auto it = m_root.find(name);
        const auto aliasIt = alias.empty() ? m_root.end() : m_root.find(alias);
        if (it != m_root.end() && aliasIt != m_root.end() && *it != *aliasIt)
            fail(name, "and its alias \"" + alias + "\" disagree (" + it->dump() + " vs " + aliasIt->dump() + ")");
        if (it != m_root.end())
            return &*it;
        return aliasIt != m_root.end() ? &*aliasIt : nullptr;
    }

    void integer(std::int64_t& out, const std::string& name, std::int64_t min, std::int64_t max,
                 const std::string& alias = {}) const {
        if (const Json* value = find(name, alias))
            out = checkedInteger(*value, name, min, max);
    }

    void optionalInteger(std::optional<std::int64_t>& out, const std::string& name, std::int64_t min,
                         std::int64_t max) const {
        if (const Json* value = find(name))
            out = value->is_null() ? std::nullopt : std::optional(checkedInteger(*value, name, min, max));
    }

    // Token ids may be null in some configs: the GPT-2 default then stays.
    void tokenId(std::int64_t& out, const std::string& name, std::int64_t vocabSize) const {
        if (const Json* value = find(name); value && !value->is_null())
            out = checkedInteger(*value, name, 0, vocabSize - 1);
    }

    void number(double& out, const std::string& name, double min, double max, bool minInclusive = true) const {
        const Json* value = find(name);
        if (!value)
            return;
        if (!value->is_number())
            fail(name, "must be a number, found " + jsonTypeName(*value));
        const double v = value->get<double>();
        if (!(minInclusive ? v >= min : v > min) || !(v <= max))
            fail(name, "is " + value->dump() + ", expected a value " + (minInclusive ? "from " : "above ") +
                           Json(min).dump() + " to " + Json(max).dump());
        out = v;
    }

    void flag(bool& out, const std::string& name) const {
        if (const Json* value = find(name)) {
            if (!value->is_boolean())
                fail(name, "must be true or false, found " + jsonTypeName(*value));
            out = value->get<bool>();
        }
    }

    void text(std::string& out, const std::string& name, const std::string& alias = {}) const {
        if (const Json* value = find(name, alias); value && !value->is_null()) {
            if (!value->is_string() || value->get_ref<const std::string&>().empty())
                fail(name, "must be a non-empty string, found " + jsonTypeName(*value));
            out = value->get<std::string>();
        }
    }

    std::int64_t checkedInteger(const Json& value, const std::string& name, std::int64_t min, std::int64_t max) const {
        if (!value.is_number_integer())
            fail(name, "must be an integer, found " + jsonTypeName(value) + " " + value.dump());
        const bool tooBig =
            value.is_number_unsigned() &&
            value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        const std::int64_t v = tooBig ? std::numeric_limits<std::int64_t>::max() : value.get<std::int64_t>();
        if (tooBig || v < min || v > max)
            fail(name, "is " + value.dump() + ", expected an integer from " + std::to_string(min) + " to " +
                           std::to_string(max));
        return v;
    }

private:
    const Json& m_root;
    std::string m_file;
};

std::vector<std::string> readLabels(const ConfigFields& fields) {
    std::vector<std::string> labels;
    if (const Json* id2label = fields.find("id2label"); id2label && !id2label->is_null()) {
        if (!id2label->is_object())
            fields.fail("id2label", "must be an object mapping ids to label names, found " + jsonTypeName(*id2label));
        if (id2label->empty() || static_cast<std::int64_t>(id2label->size()) > kMaxLabels)
            fields.fail("id2label", "has " + std::to_string(id2label->size()) + " labels, expected 1 to " +
                                        std::to_string(kMaxLabels));
        labels.resize(id2label->size());
        std::vector<bool> seen(id2label->size(), false);
        for (const auto& [key, name] : id2label->items()) {
            const bool digits =
                !key.empty() && key.size() <= 9 && key.find_first_not_of("0123456789") == std::string::npos;
            const std::size_t id = digits ? std::stoul(key) : labels.size();
            if (id >= labels.size() || seen[id])
                fields.fail("id2label", "must have the keys \"0\" to \"" + std::to_string(labels.size() - 1) +
                                            "\" once each, found the key \"" + key + "\"");
            if (!name.is_string())
                fields.fail("id2label", "maps \"" + key + "\" to " + jsonTypeName(name) + ", expected a label name");
            seen[id] = true;
            labels[id] = name.get<std::string>();
        }
    }
    if (const Json* label2id = fields.find("label2id"); label2id && !label2id->is_null()) {
        if (!label2id->is_object())
            fields.fail("label2id", "must be an object mapping label names to ids, found " + jsonTypeName(*label2id));
        for (const auto& [name, id] : label2id->items())
            if (!id.is_number_integer())
                fields.fail("label2id", "maps \"" + name + "\" to " + jsonTypeName(id) + ", expected an integer id");
    }
    if (const Json* numLabels = fields.find("num_labels"); numLabels && !numLabels->is_null()) {
        const std::int64_t n = fields.checkedInteger(*numLabels, "num_labels", 1, kMaxLabels);
        if (!labels.empty() && n != static_cast<std::int64_t>(labels.size()))
            fields.fail("num_labels",
                        "is " + std::to_string(n) + " but id2label has " + std::to_string(labels.size()) + " labels");
        for (std::int64_t i = static_cast<std::int64_t>(labels.size()); i < n; ++i)
            labels.push_back("LABEL_" + std::to_string(i));
    }
    return labels;
}

} // namespace

ModelConfig readModelConfig(const std::filesystem::path& configJson) {
    const Json root = readJsonFile(configJson, kMaxConfigBytes);
    const std::string file = configJson.string();
    if (!root.is_object())
        throwBadInput(file + " must hold a JSON object, found " + jsonTypeName(root) + ".");
    const ConfigFields fields(root, file);

    const Json* modelType = fields.find("model_type");
    if (!modelType)
        fields.fail("model_type", "is missing; expected \"gpt2\" (LiteTune fine-tunes GPT-2 models only)");
    if (!modelType->is_string() || *modelType != "gpt2")
        fields.fail("model_type",
                    "is " + modelType->dump() + ", expected \"gpt2\" (LiteTune fine-tunes GPT-2 models only)");

    ModelConfig config;
    fields.integer(config.vocabSize, "vocab_size", 1, 10'000'000);
    fields.integer(config.nPositions, "n_positions", 1, 1 << 20, "max_position_embeddings");
    fields.integer(config.nEmbd, "n_embd", 1, 1 << 16, "hidden_size");
    fields.integer(config.nLayer, "n_layer", 1, 1024, "num_hidden_layers");
    fields.integer(config.nHead, "n_head", 1, 1 << 16, "num_attention_heads");
    if (config.nEmbd % config.nHead != 0)
        fields.fail("n_embd",
                    "is " + std::to_string(config.nEmbd) + ", not divisible by n_head " + std::to_string(config.nHead));
    fields.optionalInteger(config.nInner, "n_inner", 1, 1 << 20);
    fields.text(config.activationFunction, "activation_function");
    fields.number(config.residPdrop, "resid_pdrop", 0.0, 1.0);
    fields.number(config.embdPdrop, "embd_pdrop", 0.0, 1.0);
    fields.number(config.attnPdrop, "attn_pdrop", 0.0, 1.0);
    fields.number(config.layerNormEpsilon, "layer_norm_epsilon", 0.0, 1.0, /*minInclusive=*/false);
    fields.number(config.initializerRange, "initializer_range", 0.0, 10.0);
    fields.flag(config.scaleAttnWeights, "scale_attn_weights");
    fields.flag(config.scaleAttnByInverseLayerIdx, "scale_attn_by_inverse_layer_idx");
    fields.flag(config.reorderAndUpcastAttn, "reorder_and_upcast_attn");
    fields.tokenId(config.bosTokenId, "bos_token_id", config.vocabSize);
    fields.tokenId(config.eosTokenId, "eos_token_id", config.vocabSize);
    fields.optionalInteger(config.padTokenId, "pad_token_id", 0, config.vocabSize - 1);
    fields.text(config.torchDtype, "torch_dtype", "dtype");
    config.labels = readLabels(fields);

    if (const Json* architectures = fields.find("architectures"); architectures && !architectures->is_null()) {
        if (!architectures->is_array() || architectures->empty())
            fields.fail("architectures",
                        "must be a non-empty list of class names, found " + jsonTypeName(*architectures));
        config.architectures.clear();
        for (const Json& name : *architectures) {
            if (!name.is_string() || !gpt2Architectures().count(name.get<std::string>()))
                fields.fail("architectures", "names " + name.dump() +
                                                 ", expected a GPT-2 class such as \"GPT2LMHeadModel\" or "
                                                 "\"GPT2ForSequenceClassification\"");
            config.architectures.push_back(name.get<std::string>());
        }
    }
    return config;
}

std::string modelConfigToJson(const ModelConfig& config) {
    Json out = Json::object();
    out["activation_function"] = config.activationFunction;
    out["architectures"] =
        config.labels.empty() ? Json(config.architectures) : Json::array({"GPT2ForSequenceClassification"});
    out["attn_pdrop"] = config.attnPdrop;
    out["bos_token_id"] = config.bosTokenId;
    out["embd_pdrop"] = config.embdPdrop;
    out["eos_token_id"] = config.eosTokenId;
    if (!config.labels.empty()) {
        Json id2label = Json::object();
        Json label2id = Json::object();
        for (std::size_t i = 0; i < config.labels.size(); ++i) {
            id2label[std::to_string(i)] = config.labels[i];
            label2id[config.labels[i]] = static_cast<std::int64_t>(i);
        }
        out["id2label"] = std::move(id2label);
        out["label2id"] = std::move(label2id);
    }
    out["initializer_range"] = config.initializerRange;
    out["layer_norm_epsilon"] = config.layerNormEpsilon;
    out["model_type"] = "gpt2";
    out["n_embd"] = config.nEmbd;
    out["n_head"] = config.nHead;
    out["n_inner"] = config.nInner ? Json(*config.nInner) : Json(nullptr);
    out["n_layer"] = config.nLayer;
    out["n_positions"] = config.nPositions;
    if (config.padTokenId)
        out["pad_token_id"] = *config.padTokenId;
    out["reorder_and_upcast_attn"] = config.reorderAndUpcastAttn;
    out["resid_pdrop"] = config.residPdrop;
    out["scale_attn_by_inverse_layer_idx"] = config.scaleAttnByInverseLayerIdx;
    out["scale_attn_weights"] = config.scaleAttnWeights;
    // The DoubleHeads summary fields: GPT2Config always carries them, so save_pretrained writes them.
    out["summary_activation"] = nullptr;
    out["summary_first_dropout"] = 0.1;
    out["summary_proj_to_labels"] = true;
    out["summary_type"] = "cls_index";
    out["summary_use_proj"] = true;
    out["torch_dtype"] = config.torchDtype;
    out["use_cache"] = true;
    out["vocab_size"] = config.vocabSize;
    // Python's json.dumps(indent=2, sort_keys=True) escapes non-ASCII as \uXXXX; so does ensure_ascii.
    return out.dump(2, ' ', /*ensure_ascii=*/true) + "\n";
}

void writeModelConfig(const ModelConfig& config, const std::filesystem::path& configJson) {
    writeFileAtomically(configJson, modelConfigToJson(config));
}

} // namespace litetune

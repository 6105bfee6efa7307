// loadModelWeights (io/TensorIO.h): the weights of a Hugging Face model folder — a single
// model.safetensors or shards listed by model.safetensors.index.json — with keys normalised to
// GPT2ForSequenceClassification names: "transformer." added to a bare GPT2Model checkpoint's keys,
// the tied lm_head.weight and the causal-mask buffers h.N.attn.bias / h.N.attn.masked_bias dropped
// (but not the real biases such as h.N.attn.c_attn.bias).
// Deliberately refuses pytorch_model.bin: unpickling runs arbitrary code (docs/formats.md §4.5).
// Reference: transformers modeling_utils.py (load_sharded_checkpoint, base_model_prefix,
// _keys_to_ignore_on_load_unexpected of GPT2); docs/formats.md §1.4–1.5.
#include "io/TensorIO.h"

#include "util/Error.h"
#include "util/JsonFile.h"

#include <cctype>
#include <set>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxIndexBytes = 64 * 1024 * 1024;

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

// transformer.h.<digits>.attn.bias or .attn.masked_bias: GPT-2's causal-mask buffers, not weights.
bool isMaskBuffer(const std::string& key) {
    const std::string prefix = "transformer.h.";
    if (!startsWith(key, prefix))
        return false;
    std::size_t pos = prefix.size();
    const std::size_t digitsStart = pos;
    while (pos < key.size() && std::isdigit(static_cast<unsigned char>(key[pos])))
        ++pos;
    if (pos == digitsStart)
        return false;
    const std::string rest = key.substr(pos);
    return rest == ".attn.bias" || rest == ".attn.masked_bias";
}

TensorMap normalise(TensorMap raw, const std::string& source) {
    TensorMap out;
    std::map<std::string, std::string> origin;
    for (auto& [name, tensor] : raw) {
        if (name == "lm_head.weight")
            continue; // tied to transformer.wte.weight
        std::string key = name;
        if (!startsWith(key, "transformer.") && !startsWith(key, "score."))
            key = "transformer." + key; // a GPT2Model checkpoint has no base_model_prefix
        if (isMaskBuffer(key))
            continue;
        if (const auto it = origin.find(key); it != origin.end())
            throwBadInput(source + " holds both '" + it->second + "' and '" + name + "', which name the same weight '" +
                          key + "'.");
        origin.emplace(key, name);
        out.emplace(std::move(key), std::move(tensor));
    }
    return out;
}

// A shard name must be a plain file name: the index may not point outside the model folder.
bool isPlainFileName(const std::string& name) {
    const fs::path path(name);
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\\') == std::string::npos && name.find('\0') == std::string::npos && path.filename() == path;
}

TensorMap loadSharded(const fs::path& dir, const fs::path& indexFile) {
    const nlohmann::json index = readJsonFile(indexFile, kMaxIndexBytes);
    const std::string file = indexFile.string();
    if (!index.is_object())
        throwBadInput(file + " must hold a JSON object, found " + jsonTypeName(index) + ".");
    const auto mapIt = index.find("weight_map");
    if (mapIt == index.end() || !mapIt->is_object())
        throwBadInput(file + ": field \"weight_map\" must be an object mapping tensor names to shard files, found " +
                      (mapIt == index.end() ? std::string("nothing") : jsonTypeName(*mapIt)) + ".");
    if (mapIt->empty())
        throwBadInput(file + ": field \"weight_map\" is empty, expected at least one tensor.");

    std::map<std::string, std::string> shardOf;
    std::set<std::string> shards;
    for (const auto& [name, shard] : mapIt->items()) {
        if (!shard.is_string())
            throwBadInput(file + ": weight_map maps '" + name + "' to " + jsonTypeName(shard) +
                          ", expected a shard file name.");
        const std::string shardName = shard.get<std::string>();
        if (!isPlainFileName(shardName))
            throwBadInput(file + ": weight_map maps '" + name + "' to " + shard.dump() +
                          ", which is not a file name inside " + dir.string() + ".");
        shardOf.emplace(name, shardName);
        shards.insert(shardName);
    }
    for (const std::string& shard : shards)
        if (!fs::is_regular_file(dir / shard))
            throwBadInput(file + " lists the shard " + shard + ", which does not exist in " + dir.string() + ".");

    TensorMap all;
    for (const std::string& shard : shards) {
        for (auto& [name, tensor] : loadSafetensors(dir / shard)) {
            const auto it = shardOf.find(name);
            if (it == shardOf.end() || it->second != shard)
                throwBadInput((dir / shard).string() + " holds the tensor '" + name + "', which " + file +
                              (it == shardOf.end() ? " does not list." : " assigns to " + it->second + "."));
            all.emplace(name, std::move(tensor));
        }
    }
    for (const auto& [name, shard] : shardOf)
        if (!all.count(name))
            throwBadInput(file + " maps '" + name + "' to " + shard + ", but that shard does not hold it.");
    return all;
}

} // namespace

TensorMap loadModelWeights(const fs::path& modelDir) {
    if (!fs::is_directory(modelDir))
        throwBadInput(modelDir.string() + " is not a model folder (no such directory).");
    const fs::path single = modelDir / "model.safetensors";
    const fs::path index = modelDir / "model.safetensors.index.json";
    if (fs::exists(single))
        return normalise(loadSafetensors(single), single.string());
    if (fs::exists(index))
        return normalise(loadSharded(modelDir, index), index.string());
    for (const char* pickle : {"pytorch_model.bin", "pytorch_model.bin.index.json"})
        if (fs::exists(modelDir / pickle))
            throwBadInput(modelDir.string() + " holds only " + pickle +
                          ", a Python pickle, which LiteTune does not load because unpickling can run arbitrary "
                          "code; convert it once with Python: python3 -c \"import transformers as t; d='" +
                          modelDir.string() +
                          "'; c = t.AutoConfig.from_pretrained(d); getattr(t, c.architectures[0]).from_pretrained(d)"
                          ".save_pretrained(d, safe_serialization=True)\"");
    throwBadInput(modelDir.string() + " has no model.safetensors (nor a sharded model.safetensors.index.json).");
}

} // namespace litetune

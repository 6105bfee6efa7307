// The memory forecast's arithmetic (api/Forecast.h, engine/train/MemoryForecast.cpp): parameter counts
// against a real model, the optimizer's share, and which parts grow with the batch and the method.
#include "api/Forecast.h"

#include "lora/LoraConfig.h"
#include "lora/LoraInjection.h"
#include "model/Gpt2Loader.h"
#include "model/TrainableParameters.h"

#include <gtest/gtest.h>

using namespace litetune;

namespace {

ModelConfig smallGpt2() {
    ModelConfig model;
    model.vocabSize = 300;
    model.nPositions = 256;
    model.nEmbd = 64;
    model.nLayer = 3;
    model.nHead = 4;
    model.labels = {"a", "b", "c"};
    return model;
}

TrainConfig run(Method method, int batch, int length) {
    TrainConfig config;
    config.method = method;
    config.batchSize = batch;
    config.maxLength = length;
    config.precision = Precision::Fp32;
    return config;
}

} // namespace

TEST(MemoryForecast, ParametersMatchTheModelItCounts) {
    for (const Method method : {Method::Full, Method::Lora, Method::Head, Method::BitFit}) {
        LoadedModel loaded = createGpt2(smallGpt2(), 1);
        TrainConfig config = run(method, 4, 32);
        config.lora.targets = {"c_attn", "mlp.c_fc"};
        if (method == Method::Lora)
            applyLora(loaded.model, loraConfigFromSettings(config.lora, "test"), 1);
        selectTrainableParameters(loaded.model, method);
        const ParameterCount count = countParameters(loaded.model);
        const ResourceForecast f = forecastMemory(smallGpt2(), config, {});
        // PEFT's total counts the head once more under LoRA (TrainableParameters.h); memory holds it once.
        const std::int64_t peftCopy = method == Method::Lora ? 64 * 3 : 0;
        EXPECT_EQ(f.totalParameters, count.total - peftCopy) << methodName(method);
        EXPECT_EQ(f.trainableParameters, count.trainable) << methodName(method);
    }
}

TEST(MemoryForecast, OptimizerHoldsTwoFloatsPerTrainableParameter) {
    const ResourceForecast f = forecastMemory(smallGpt2(), run(Method::Full, 8, 64), {});
    EXPECT_EQ(f.optimizerBytes, 2 * 4 * f.trainableParameters);
    EXPECT_EQ(f.gradientsBytes, 4 * f.trainableParameters);
    EXPECT_EQ(f.weightsBytes, 4 * f.totalParameters);
    EXPECT_EQ(f.peakBytes, f.weightsBytes + f.gradientsBytes + f.optimizerBytes + f.activationsBytes + f.runtimeBytes);
}

TEST(MemoryForecast, LoraNeedsLessThanFullFineTuning) {
    const ResourceForecast full = forecastMemory(smallGpt2(), run(Method::Full, 8, 64), {});
    const ResourceForecast lora = forecastMemory(smallGpt2(), run(Method::Lora, 8, 64), {});
    EXPECT_LT(lora.peakBytes, full.peakBytes);
    EXPECT_LT(lora.optimizerBytes * 10, full.optimizerBytes);
}

TEST(MemoryForecast, DoublingTheBatchGrowsOnlyActivations) {
    const ResourceForecast one = forecastMemory(smallGpt2(), run(Method::Full, 8, 64), {});
    const ResourceForecast two = forecastMemory(smallGpt2(), run(Method::Full, 16, 64), {});
    EXPECT_EQ(two.weightsBytes, one.weightsBytes);
    EXPECT_EQ(two.gradientsBytes, one.gradientsBytes);
    EXPECT_EQ(two.optimizerBytes, one.optimizerBytes);
    EXPECT_NEAR(static_cast<double>(two.activationsBytes), 2.0 * static_cast<double>(one.activationsBytes),
                0.01 * static_cast<double>(one.activationsBytes));
}

TEST(MemoryForecast, UsesTheDatasetsLengthWhenKnownAndSaysSo) {
    ForecastInputs inputs;
    inputs.paddedLength = 20;
    inputs.lengthSource = "the longest of 5 examples";
    const ResourceForecast measured = forecastMemory(smallGpt2(), run(Method::Full, 8, 64), inputs);
    const ResourceForecast bound = forecastMemory(smallGpt2(), run(Method::Full, 8, 64), {});
    EXPECT_EQ(measured.paddedLength, 20);
    EXPECT_EQ(bound.paddedLength, 64);
    EXPECT_EQ(measured.lengthSource, "the longest of 5 examples");
    EXPECT_NE(bound.lengthSource.find("--max-length"), std::string::npos);
    EXPECT_LT(measured.activationsBytes, bound.activationsBytes);
}

TEST(MemoryForecast, RefusesWhatExceedsTheAvailableMemory) {
    ForecastInputs inputs;
    inputs.runtimeBytes = 100;
    inputs.availableBytes = 1000; // far below any model
    const ResourceForecast f = forecastMemory(smallGpt2(), run(Method::Full, 8, 64), inputs);
    EXPECT_FALSE(f.fits);
    EXPECT_EQ(f.runtimeBytes, 100);
    EXPECT_NE(f.reason.find("exceeds"), std::string::npos) << f.reason;
    inputs.availableBytes = f.peakBytes;
    EXPECT_TRUE(forecastMemory(smallGpt2(), run(Method::Full, 8, 64), inputs).fits);
}

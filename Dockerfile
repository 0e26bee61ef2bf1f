# mlci serve: an Open Inference Protocol (KServe V2 REST) model server. docs/serve.md.
#   docker build -t mlci-serve .
#   docker run -p 8080:8080 -v $PWD/models:/mnt/models:ro mlci-serve
# The first stage bundles the CLI (dist/); the image holds that bundle and onnxruntime-node only.
FROM node:24-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs

FROM node:24-slim
ENV NODE_ENV=production
# glibc keeps up to 64 MiB of freed heap for reuse instead of giving it back to the kernel at once:
# a busy server frees its requests' buffers in batches (at V8's collections), and giving them back
# made the next requests fault the same memory in again, ~0.9 ms a large request (docs/serve.md,
# "Memory given back too soon"). Setting the trim threshold also turns off glibc's sliding mmap
# threshold, which left every allocation over 128 KiB (a large batch's tensors) to a fresh mmap,
# faulted in page by page each time: onnxruntime's runs over 65,536-row batches took twice as long
# (bench/inference.mjs). So the mmap threshold is set too, at glibc's largest, 32 MiB.
ENV MALLOC_TRIM_THRESHOLD_=67108864 MALLOC_MMAP_THRESHOLD_=33554432
WORKDIR /opt/mlci
# onnxruntime-node's native binding for this platform (CPU); the bundle finds it by normal resolution.
RUN ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm install --no-save --no-package-lock --no-audit --no-fund onnxruntime-node@1.30.0 \
  && npm cache clean --force
COPY --from=build /src/dist ./dist
USER node
EXPOSE 8080
# Inside a container the server must listen beyond loopback; KServe mounts the model at /mnt/models.
ENTRYPOINT ["node", "/opt/mlci/dist/cli/index.mjs", "serve", "--host", "0.0.0.0", "--port", "8080"]
CMD ["--model", "/mnt/models"]

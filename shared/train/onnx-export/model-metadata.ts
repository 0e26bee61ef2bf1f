/** What every exported model records about how it was trained, in ONNX metadata_props. */
export interface TrainedModelMetadata {
  trainer: string;
  featureNames: string[];
  target: string;
  classes?: (number | string)[];
  params: Record<string, unknown>;
}

export const PRODUCER = 'mlci';

export function metadataProps(meta: TrainedModelMetadata): Record<string, string> {
  const props: Record<string, string> = {
    'mlci.trainer': meta.trainer,
    'mlci.feature_names': JSON.stringify(meta.featureNames),
    'mlci.target': meta.target,
    'mlci.params': JSON.stringify(meta.params),
  };
  if (meta.classes) props['mlci.classes'] = JSON.stringify(meta.classes);
  return props;
}

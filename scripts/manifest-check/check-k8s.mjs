// Validates every object of a rendered overlay (kubectl kustomize output) against its API schema,
// KEDA and Prometheus Operator kinds included, then checks what the schemas cannot see.
// Usage: node check-k8s.mjs OVERLAY-NAME RENDERED.yaml ALERTS.yaml
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse, parseAllDocuments } from 'yaml';

const [name, rendered, alertsFile] = process.argv.slice(2);
const kinds = {
  'v1:ConfigMap': (await import('kubernetes-models/v1/ConfigMap')).ConfigMap,
  'v1:Service': (await import('kubernetes-models/v1/Service')).Service,
  'apps/v1:Deployment': (await import('kubernetes-models/apps/v1/Deployment')).Deployment,
  'apps/v1:StatefulSet': (await import('kubernetes-models/apps/v1/StatefulSet')).StatefulSet,
  'policy/v1:PodDisruptionBudget': (await import('kubernetes-models/policy/v1/PodDisruptionBudget')).PodDisruptionBudget,
  'networking.k8s.io/v1:NetworkPolicy': (await import('kubernetes-models/networking.k8s.io/v1/NetworkPolicy')).NetworkPolicy,
  'autoscaling/v2:HorizontalPodAutoscaler': (await import('kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler')).HorizontalPodAutoscaler,
  'keda.sh/v1alpha1:ScaledObject': (await import('@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject')).ScaledObject,
  'keda.sh/v1alpha1:TriggerAuthentication': (await import('@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication')).TriggerAuthentication,
  'monitoring.coreos.com/v1:ServiceMonitor': (await import('@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor')).ServiceMonitor,
  'monitoring.coreos.com/v1:PrometheusRule': (await import('@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule')).PrometheusRule,
};

let bad = 0;
const fail = (message) => { console.log(`${name}: ${message}`); bad++; };
const objects = parseAllDocuments(readFileSync(rendered, 'utf8')).map(doc => doc.toJS()).filter(Boolean);
if (objects.length === 0) fail('renders no objects');
for (const o of objects) {
  const Kind = kinds[`${o.apiVersion}:${o.kind}`];
  if (!Kind) { fail(`no schema for ${o.apiVersion} ${o.kind} ${o.metadata?.name}`); continue; }
  try { new Kind(o).validate(); } catch (e) { fail(`${o.kind} ${o.metadata?.name}: ${e.message}`); }
}

const find = (kind, objectName) => objects.find(o => o.kind === kind && o.metadata?.name === objectName);
const settings = find('ConfigMap', 's3-domain-classifier')?.data ?? {};
const deployment = find('Deployment', 's3-domain-classifier');
if (!deployment) fail('has no Deployment s3-domain-classifier');
const pod = deployment?.spec?.template?.spec ?? {};
const container = pod.containers?.find(c => c.name === 'classifier') ?? {};

// Replicas beyond the partitions of the proposals topic hold none and do nothing.
const partitions = Number(settings.CLASSIFIER_TOPICS_PARTITIONS);
for (const o of objects) {
  const most = o.kind === 'ScaledObject' ? o.spec.maxReplicaCount
    : o.kind === 'HorizontalPodAutoscaler' ? o.spec.maxReplicas : undefined;
  if (most !== undefined && !(most <= partitions)) {
    fail(`${o.kind} allows ${most} replicas, the topic has ${settings.CLASSIFIER_TOPICS_PARTITIONS} partitions`);
  }
  if (o.kind === 'ScaledObject' && o.spec.triggers.some(t => t.type === 'kafka' && !t.metadata.activationLagThreshold)) {
    fail('ScaledObject has a Kafka trigger without activationLagThreshold');
  }
  if (o.kind === 'PrometheusRule') {
    const alerts = parse(readFileSync(alertsFile, 'utf8'));
    if (!isDeepStrictEqual(o.spec.groups, alerts.groups)) fail(`PrometheusRule ${o.metadata.name} differs from ${alertsFile}`);
  }
}

// Hardening the pod keeps in every overlay.
if (pod.securityContext?.seccompProfile?.type !== 'RuntimeDefault') fail('the pod has no RuntimeDefault seccomp profile');
if (container.securityContext?.readOnlyRootFilesystem !== true) fail('the root filesystem is writable');
for (const part of ['requests', 'limits']) {
  for (const resource of ['cpu', 'memory']) {
    if (!container.resources?.[part]?.[resource]) fail(`no ${resource} ${part}`);
  }
}

// The actuator has a port of its own: the probes and the scrape use it, and only a named source may
// reach it through a NetworkPolicy.
const management = (container.ports ?? []).find(p => p.name === 'management');
if (!management) fail('the container has no port named management');
for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
  if (container[probe]?.httpGet?.port !== 'management') fail(`the ${probe} does not use the management port`);
}
for (const o of objects) {
  if (o.kind === 'ServiceMonitor' && o.spec.endpoints.some(e => e.port !== 'management')) {
    fail(`ServiceMonitor ${o.metadata.name} scrapes another port than management`);
  }
  if (o.kind === 'NetworkPolicy' && (o.spec.ingress ?? []).some(rule => !rule.from
      && (rule.ports ?? []).some(p => p.port === management?.containerPort || p.port === 'management'))) {
    fail(`NetworkPolicy ${o.metadata.name} lets anyone reach the management port`);
  }
}

// Kafka credentials come from a Secret, never written into the manifests.
for (const variable of container.env ?? []) {
  if (/JAAS_CONFIG$/.test(variable.name) && /password="(?!\$\{)/.test(variable.value ?? '')) {
    fail(`${variable.name} holds a password: read it from a Secret (\${...} of a configtree: file)`);
  }
}

// The catalog ConfigMap is mounted where classifier.catalog.path points.
const catalogPath = settings.CLASSIFIER_CATALOG_PATH ?? '';
const mount = (container.volumeMounts ?? []).find(m => catalogPath.startsWith(`${m.mountPath}/`));
const volume = pod.volumes?.find(v => v.name === mount?.name);
const catalog = volume?.configMap && find('ConfigMap', volume.configMap.name);
if (!catalog) fail(`no ConfigMap is mounted where CLASSIFIER_CATALOG_PATH (${catalogPath}) points`);
else if (mount.subPath) fail('the catalog is mounted with subPath, which ConfigMap updates never reach');
else if (!catalog.data?.[catalogPath.slice(mount.mountPath.length + 1)]) fail(`ConfigMap ${catalog.metadata.name} has no ${catalogPath}`);

console.log(`${name}: ${objects.length} objects, ${bad ? `${bad} problems` : 'all valid'}`);
process.exit(bad ? 1 : 0);

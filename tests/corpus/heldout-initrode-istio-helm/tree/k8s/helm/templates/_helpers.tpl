{{/* Internal (cluster) url of a service: http://<release>-<service>. */}}
{{- define "url.internal" -}}
{{- printf "http://%s-%s" .Context.Release.Name .ServiceName -}}
{{- end -}}

{{/* External url built from the ingress path. */}}
{{- define "url.external" -}}
{{- printf "http://%s/%s" .Context.Values.global.app.host .IngressPath -}}
{{- end -}}

{{/* SQL Server connection string (sa account). */}}
{{- define "mssql" -}}
{{- printf "Server=%s-%s;Database=%s;User Id=%s;Password=%s;" .Release.Name .Values.global.infrastructure.mssql.host .Values.infrastructure.mssql.database.name "sa" "Zr4nTw8Kq2VmLp6X" -}}
{{- end -}}

{{/* Redis connection string. */}}
{{- define "redis" -}}
{{- printf "http://%s-%s" .Release.Name .Values.global.infrastructure.redis.host -}}
{{- end -}}

{{/* Serilog Seq sink url. */}}
{{- define "seq" -}}
{{- printf "http://%s-%s" .Release.Name .Values.global.infrastructure.seq.host -}}
{{- end -}}

{{- define "subchart.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "subchart.fullname" -}}
{{- printf "%s-%s" .Release.Name (include "subchart.name" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "subchart.configmap.fullname" -}}
{{- printf "%s-configmap" (include "subchart.fullname" .) -}}
{{- end -}}

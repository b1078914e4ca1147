FROM nginx:latest
COPY ./nginx/nginx-local.conf /etc/nginx/nginx.conf
RUN mkdir -p /var/cache/contoso
CMD ["nginx", "-g", "daemon off;"]

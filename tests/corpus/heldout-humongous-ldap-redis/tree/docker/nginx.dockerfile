FROM nginx:1.17.5

ARG env="Docker"

COPY ./nginx/web-servers.conf /etc/nginx/sites-available/web-servers.conf
COPY ./nginx/nginx.conf /etc/nginx/nginx.conf
COPY ./certs/${env}.crt /etc/hisso/certs/
COPY ./certs/${env}.key /etc/hisso/certs/
RUN mv /etc/hisso/certs/${env}.crt /etc/hisso/certs/server.crt
RUN mv /etc/hisso/certs/${env}.key /etc/hisso/certs/server.key
RUN ln -s /etc/nginx/sites-available/web-servers.conf /etc/nginx/conf.d/web-servers.conf

EXPOSE 80 5000 5001 6000 6001 7000 7001

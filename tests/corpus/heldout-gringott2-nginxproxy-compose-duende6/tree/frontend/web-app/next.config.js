/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  images: {
    domains: ['res.cloudinary.com', 'cdn.pixabay.com']
  }
};

module.exports = nextConfig;
